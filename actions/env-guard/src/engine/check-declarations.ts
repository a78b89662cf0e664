import type { Finding } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import { requiredMissing } from '../rules/env-required-missing';
import { unusedDeclaration } from '../rules/env-unused-declaration';
import { isNegation, isWildcard, TURBO_EXTENDS_MARKER } from './env-patterns';
import type { EnvEntry, TurboJson } from './turbo-json';

function allEntries(config: TurboJson): EnvEntry[] {
  return [...config.globalEnv, ...config.globalPassThroughEnv, ...config.tasks.flatMap((t) => [...(t.env ?? []), ...(t.passThroughEnv ?? [])])];
}

function locate(config: TurboJson, entry: EnvEntry) {
  return new LineIndex(config.text).locationOfChars(config.file, entry.start, entry.end);
}

/**
 * Declared names that nothing reads. Scope follows turbo: root global lists and generic tasks apply to every
 * package, `pkg#task` and a package's own turbo.json to that package. Wildcards and negations are skipped:
 * they describe families of variables (framework prefixes), not a promise that one is read.
 */
export function checkUnused(root: TurboJson, own: Map<string, TurboJson>, readsByWorkspace: Map<string, Set<string>>, workspaceNames: Map<string, string>): Finding[] {
  const anywhere = new Set([...readsByWorkspace.values()].flatMap((s) => [...s]));
  const byName = new Map([...workspaceNames].map(([dir, name]) => [name, readsByWorkspace.get(dir) ?? new Set<string>()]));
  const findings: Finding[] = [];
  const check = (config: TurboJson, entry: EnvEntry, reads: Set<string>) => {
    const p = entry.pattern;
    if (p === TURBO_EXTENDS_MARKER || isWildcard(p) || isNegation(p) || reads.has(p)) return;
    findings.push(unusedDeclaration(p, entry.list, entry.task, locate(config, entry)));
  };
  for (const entry of allEntries(root)) {
    const pkg = entry.task?.includes('#') ? entry.task.slice(0, entry.task.indexOf('#')) : undefined;
    // `//#task` runs in the root package, whose files are scanned as the workspace `.` named `//`.
    check(root, entry, pkg === undefined ? anywhere : (byName.get(pkg) ?? new Set()));
  }
  for (const [dir, config] of own) for (const entry of allEntries(config)) check(config, entry, readsByWorkspace.get(dir) ?? new Set());
  return findings;
}

/** Required variables checked against the job's environment; the finding points at the declaration when there is one. */
export function checkRequired(names: readonly string[], env: Readonly<Record<string, string | undefined>>, configs: readonly TurboJson[]): Finding[] {
  const findings: Finding[] = [];
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') continue;
    const declared = configs.flatMap((c) => allEntries(c).filter((e) => e.pattern === name).map((e) => ({ c, e })))[0];
    findings.push(requiredMissing(name, declared ? locate(declared.c, declared.e) : undefined));
  }
  return findings;
}
