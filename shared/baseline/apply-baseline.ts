import { ADOPTION_RULES } from './rules';
import { createFinding, type Finding } from '../findings/finding';
import type { GuardName } from '../findings/result';
import { NOT_BASELINED, type LoadedBaseline } from './baseline-file';

export const BASELINE_ENTRY_STALE = ADOPTION_RULES[0].id;

/**
 * Marks this guard's findings that the baseline accepts as suppressed, with the entry's reason (listed in every
 * report as suppressed, never dropped). With `reportStale`, each entry that matched nothing comes back as a notice,
 * so the file shrinks as debt is paid: only a run over the whole tree can say an entry matches nothing.
 */
export function applyBaseline(guard: GuardName, findings: Finding[], baseline: LoadedBaseline, reportStale: boolean): Finding[] {
  const entries = baseline.entries.filter((e) => e.guard === guard);
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
  const matched = new Set<string>();
  for (const f of findings) {
    const entry = byFingerprint.get(f.fingerprint);
    if (!entry || NOT_BASELINED.has(f.ruleId)) continue;
    matched.add(entry.fingerprint);
    if (f.suppressed) continue;
    f.suppressed = { kind: 'baseline', reason: entry.reason ? `${entry.reason} (${baseline.file})` : `accepted in ${baseline.file}`, location: { file: baseline.file, line: entry.line, column: 1 } };
  }
  if (!reportStale) return [];
  return entries
    .filter((e) => !matched.has(e.fingerprint))
    .map((e) =>
      createFinding({
        ruleId: BASELINE_ENTRY_STALE,
        severity: 'notice',
        category: 'meta',
        message: `The baseline accepts a ${e.rule} finding${e.file ? ` in ${e.file}` : ''} that no longer occurs; remove the entry (or run \`bickford baseline\`) so it cannot hide a new one.`,
        location: { file: baseline.file, line: e.line, column: 1 },
        help: 'Run `bickford baseline` to rewrite the file with the findings that remain; the reasons written for them are kept.',
        fingerprintKey: e.fingerprint,
        properties: { rule: e.rule, fingerprint: e.fingerprint },
      }),
    );
}
