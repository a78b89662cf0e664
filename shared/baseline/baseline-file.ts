import { ConfigurationError } from '../errors';
import type { Finding } from '../findings/finding';
import { GUARD_NAMES, type GuardName } from '../findings/result';
import type { RepoFs } from '../io/repo-fs';

/** Where `bickford baseline` writes the accepted findings of every guard, relative to the guard root. */
export const BASELINE_FILE = '.bickford/baseline.json';
export const BASELINE_DOCS = 'https://github.com/bickford/actions/blob/main/docs/baseline.md';

/** One accepted finding. `rule` and `file` are for people reading the file; the fingerprint is what matches. */
export interface BaselineEntry {
  guard: GuardName;
  rule: string;
  file?: string;
  fingerprint: string;
  /** Why the finding is accepted; shown as the suppression's reason. */
  reason?: string;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

/** The entries with the line each is written on, for located messages. */
export interface LoadedBaseline {
  file: string;
  entries: (BaselineEntry & { line: number })[];
}

const FIX = `run \`bickford baseline\` to rewrite ${BASELINE_FILE}`;

/** Reads the baseline; undefined when there is none. A file that is not a baseline is a configuration error at its line. */
export function readBaselineFile(fs: RepoFs, file = BASELINE_FILE): LoadedBaseline | undefined {
  if (!fs.exists(file)) return undefined;
  if (!fs.isFile(file)) throw new ConfigurationError(`${file} is not a file; ${FIX}`, BASELINE_DOCS, { file });
  const text = fs.readText(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? lineAt(text, Number(pos[1])) : undefined;
    throw new ConfigurationError(`${file} is not valid JSON (${(e as Error).message}); ${FIX}`, BASELINE_DOCS, { file, line, column: line ? 1 : undefined });
  }
  const root = parsed as Partial<BaselineFile> | null;
  if (!root || typeof root !== 'object' || root.version !== 1 || !Array.isArray(root.entries)) {
    throw new ConfigurationError(`${file} must be {"version": 1, "entries": [...]}; ${FIX}`, BASELINE_DOCS, { file, line: 1, column: 1 });
  }
  const lines = fingerprintLines(text);
  const entries = root.entries.map((raw, i) => {
    const e = raw as Partial<BaselineEntry> | null;
    const line = (e && typeof e.fingerprint === 'string' && lines.get(e.fingerprint)) || 1;
    const bad = (what: string) => new ConfigurationError(`${file}: entry ${i + 1} ${what}; ${FIX}`, BASELINE_DOCS, { file, line, column: 1 });
    if (!e || typeof e !== 'object') throw bad('is not an object');
    if (typeof e.fingerprint !== 'string' || e.fingerprint === '') throw bad('has no "fingerprint"');
    if (!(GUARD_NAMES as readonly string[]).includes(e.guard as string)) throw bad(`has "guard" ${JSON.stringify(e.guard)}, not one of ${GUARD_NAMES.join(', ')}`);
    if (typeof e.rule !== 'string') throw bad('has no "rule"');
    if (e.reason !== undefined && typeof e.reason !== 'string') throw bad('has a "reason" that is not a string');
    return { guard: e.guard as GuardName, rule: e.rule, file: typeof e.file === 'string' ? e.file : undefined, fingerprint: e.fingerprint, reason: e.reason, line };
  });
  return { file, entries };
}

/** The entries for this guard's current findings, keeping the reasons people wrote for the ones already there. */
export function baselineEntries(guard: GuardName, findings: readonly Finding[], previous?: LoadedBaseline): BaselineEntry[] {
  const reasons = new Map((previous?.entries ?? []).filter((e) => e.guard === guard && e.reason).map((e) => [e.fingerprint, e.reason!]));
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!acceptable(f) || byFingerprint.has(f.fingerprint)) continue;
    const reason = reasons.get(f.fingerprint);
    byFingerprint.set(f.fingerprint, { guard, rule: f.ruleId, ...(f.location ? { file: f.location.file } : {}), fingerprint: f.fingerprint, ...(reason ? { reason } : {}) });
  }
  return [...byFingerprint.values()];
}

/** A baseline accepts what the code holds, not what the mechanism itself reports or what a person already decided. */
function acceptable(f: Finding): boolean {
  if (NOT_BASELINED.has(f.ruleId)) return false;
  return !f.suppressed || f.suppressed.kind === 'baseline' || f.suppressed.kind === 'existing';
}

/**
 * Rules about the suppression mechanism and the run itself, never accepted by a baseline nor counted as existing:
 * accepting them would hide the mechanism's own mistakes, or a check that could not run (a guard that cannot know
 * says so), or the job's environment (a required variable missing now is missing whatever the base held).
 */
export const NOT_BASELINED: ReadonlySet<string> = new Set(['baseline-entry-stale', 'invalid-suppression', 'inline-suppression-invalid', 'change-set-unknown', 'env-required-missing', 'prisma-drift-unchecked']);

/** The file as written: entries sorted by guard, file, rule and fingerprint, so a rewrite changes only what changed. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const key = (e: BaselineEntry) => [GUARD_NAMES.indexOf(e.guard).toString().padStart(2, '0'), e.file ?? '', e.rule, e.fingerprint];
  const sorted = [...entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  });
  const file: BaselineFile = {
    version: 1,
    entries: sorted.map((e) => ({ guard: e.guard, rule: e.rule, ...(e.file !== undefined ? { file: e.file } : {}), fingerprint: e.fingerprint, ...(e.reason ? { reason: e.reason } : {}) })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function fingerprintLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const m = /"fingerprint"\s*:\s*"([^"]+)"/.exec(l);
    if (m && !out.has(m[1])) out.set(m[1], i + 1);
  });
  return out;
}
