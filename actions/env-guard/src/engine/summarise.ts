import type { Finding } from '@shared/findings/finding';
import type { GuardResult, Section } from '@shared/findings/result';

export interface RunFacts {
  findings: Finding[];
  workspaces: number;
  files: number;
  reads: number;
  /** False when there was no usable root turbo.json, so reads were not compared. */
  checked: boolean;
  /** The turbo.json files read (the root's first), guard-root-relative. */
  turboFiles?: string[];
  /** No turbo.json at all: not a Turborepo, nothing to compare reads with. */
  noTurboJson?: boolean;
}

const count = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).length;

/** The result as the reporters and the action's outputs see it. */
export function summarise(facts: RunFacts): GuardResult {
  const { findings } = facts;
  const undeclared = findings.filter((f) => f.ruleId === 'env-undeclared-read' && !f.suppressed);
  const names = [...new Set(undeclared.map((f) => String(f.properties?.variable)))].sort();
  const sections: Section[] = [];
  if (undeclared.length > 0) {
    const first = new Map<string, Finding>();
    for (const f of undeclared) if (!first.has(String(f.properties?.variable))) first.set(String(f.properties?.variable), f);
    sections.push({
      kind: 'table',
      title: 'Undeclared variables',
      headers: ['Variable', 'Reads', 'First read', 'Declare in'],
      rows: names.map((n) => {
        const f = first.get(n)!;
        const p = f.properties ?? {};
        return [{ code: n }, String(undeclared.filter((u) => u.properties?.variable === n).length), `${f.location!.file}:${f.location!.line}`, `${p.suggestedTask === 'globalEnv' ? 'globalEnv' : `task ${String(p.suggestedTask)}`} in ${String(p.suggestedFile)}`];
      }),
    });
  }
  const headline = facts.checked
    ? `${facts.reads} env reads in ${facts.files} files of ${facts.workspaces} packages, ${names.length} undeclared variable${names.length === 1 ? '' : 's'}`
    : facts.noTurboJson
      ? 'nothing to check: no turbo.json at the repository root (env-guard compares env reads with what Turborepo declares)'
      : 'no usable root turbo.json: env reads not checked';
  return {
    guard: 'env-guard',
    findings,
    outputs: {
      'undeclared-count': String(names.length),
      'undeclared-variables': names.join(','),
      'unused-count': String(count(findings, 'env-unused-declaration')),
      'missing-required': findings.filter((f) => f.ruleId === 'env-required-missing').map((f) => String(f.properties?.variable)).join(','),
      'reads-count': String(facts.reads),
    },
    headline,
    sections,
    data: { workspaces: facts.workspaces, files: facts.files, reads: facts.reads, checked: facts.checked, turboFiles: facts.turboFiles ?? [] },
  };
}
