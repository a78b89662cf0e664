import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_FILE, baselineEntries, readBaselineFile, renderBaseline, type BaselineEntry } from '@shared/baseline/baseline-file';
import { ConfigurationError, errorMessage } from '@shared/errors';
import type { Finding } from '@shared/findings/finding';
import type { GuardName } from '@shared/findings/result';
import { NodeRepoFs } from '@shared/io/repo-fs';
import type { Logger } from '@shared/logger';
import type { JsonReport } from '@shared/reporters/json';
import { GUARDS } from './guards';
import { runGuard } from './run-guard';

/** The guards a baseline covers by default: every checking guard (the ledger records events; it has no debt). */
export const BASELINE_GUARDS: readonly GuardName[] = (Object.keys(GUARDS) as GuardName[]).filter((g) => g !== 'ledger-record');

/**
 * `bickford baseline [guard]`: runs each guard over the whole tree (as `bickford <guard>` does) and writes every
 * current finding to .bickford/baseline.json, keeping the reasons already written and the entries of the guards
 * not run. Running it twice changes nothing.
 */
export async function writeBaseline(options: { root: string; guards?: readonly GuardName[]; logger: Logger }): Promise<{ file: string; entries: number; perGuard: Record<string, number> }> {
  const root = path.resolve(options.root);
  const repoFs = new NodeRepoFs(root);
  const previous = readBaselineFile(repoFs);
  const guards = options.guards ?? BASELINE_GUARDS;
  const kept: BaselineEntry[] = (previous?.entries ?? []).filter((e) => !guards.includes(e.guard)).map(({ line: _line, ...e }) => e);
  const perGuard: Record<string, number> = {};
  const written: BaselineEntry[] = [];
  for (const name of guards) {
    const guard = GUARDS[name];
    let out = '';
    try {
      await runGuard(guard, { command: name, dir: root, format: 'json', color: false, verbose: false, labels: [], inputs: {} }, options.logger, (s) => (out += s));
    } catch (e) {
      // A guard that cannot run here keeps what the file said about it: the baseline never loses accepted debt silently.
      options.logger.warning(`baseline: ${name} did not run (${errorMessage(e)}); its entries are kept as they were.`);
      kept.push(...(previous?.entries ?? []).filter((x) => x.guard === name).map(({ line: _line, ...x }) => x));
      continue;
    }
    const findings = (JSON.parse(out) as JsonReport).findings as Finding[];
    const entries = baselineEntries(name, findings, previous);
    perGuard[name] = entries.length;
    written.push(...entries);
  }
  const all = [...kept, ...written];
  const file = path.join(root, BASELINE_FILE);
  const text = renderBaseline(all);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  options.logger.info(`baseline: ${all.length} accepted finding(s) in ${BASELINE_FILE} (${Object.entries(perGuard).map(([g, n]) => `${g} ${n}`).join(', ') || 'no guard ran'}).`);
  return { file: BASELINE_FILE, entries: all.length, perGuard };
}

export const BASELINE_USAGE = 'usage: bickford baseline [guard...] [dir] [--verbose]';

/** `bickford baseline [guard...] [dir]`: the arguments that are guard names pick the guards; the other is the directory. */
export async function baselineCommand(argv: readonly string[], logger: Logger, write: (s: string) => void): Promise<number> {
  const guards: GuardName[] = [];
  const dirs: string[] = [];
  for (const a of argv) {
    if (a === '--verbose') continue;
    if (a.startsWith('--')) throw new ConfigurationError(`unknown flag ${a} for baseline\n${BASELINE_USAGE}`);
    if (a in GUARDS) guards.push(a as GuardName);
    else dirs.push(a);
  }
  if (dirs.length > 1) throw new ConfigurationError(`too many arguments: ${dirs.join(' ')} (not guards: ${BASELINE_GUARDS.join(', ')})\n${BASELINE_USAGE}`);
  const dir = dirs[0] ?? '.';
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${dir} is not a directory\n${BASELINE_USAGE}`);
  const r = await writeBaseline({ root: dir, guards: guards.length > 0 ? guards : undefined, logger });
  write(`Wrote ${r.file}: ${r.entries} accepted finding(s)${Object.keys(r.perGuard).length ? ` (${Object.entries(r.perGuard).map(([g, n]) => `${g}: ${n}`).join(', ')})` : ''}. Add a reason to an entry with "reason"; rerunning keeps it.\n`);
  return 0;
}
