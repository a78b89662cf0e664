import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { applyBaseline } from '@shared/baseline/apply-baseline';
import { BASELINE_FILE, baselineEntries, readBaselineFile, renderBaseline, type LoadedBaseline } from '@shared/baseline/baseline-file';
import type { EngineContext } from '@shared/action/guard';
import type { Finding } from '@shared/findings/finding';
import type { GuardResult } from '@shared/findings/result';
import { readBaseline } from './engine/baseline';

/**
 * edge-guard's `baseline-file` and `update-baseline` inputs came before `.bickford/baseline.json`, which every guard
 * reads. They are kept as deprecated aliases of it, so workflows that set them keep working, and both go through
 * the shared mechanism: the file is read in either format and applied by the shared `applyBaseline` (reasons,
 * locations), and `update-baseline` writes the shared format (what `bickford baseline edge-guard` writes).
 */
export const DEPRECATED_BASELINE =
  'is deprecated: `bickford baseline edge-guard` writes .bickford/baseline.json, which every guard reads without an input (docs/baseline.md)';

/** The file `baseline-file` names, in the shared format or edge-guard's older `{"fingerprints": [...]}`; empty when missing. */
export function readEitherBaseline(ctx: EngineContext, file: string): LoadedBaseline {
  if (!ctx.fs.exists(file)) return { file, entries: [] };
  let shared = false;
  try {
    const parsed = JSON.parse(ctx.fs.readText(file)) as { entries?: unknown } | null;
    shared = parsed !== null && typeof parsed === 'object' && 'entries' in parsed;
  } catch {
    // readBaseline below says what is wrong with it, at the file
  }
  if (shared) return readBaselineFile(ctx.fs, file)!;
  const text = ctx.fs.readText(file);
  const lineOf = (fp: string) => text.slice(0, Math.max(0, text.indexOf(fp))).split('\n').length;
  return { file, entries: [...readBaseline(ctx.fs, file)].map((fingerprint) => ({ guard: 'edge-guard' as const, rule: 'edge-guard', fingerprint, line: lineOf(fingerprint) })) };
}

/** Applies `baseline-file` through the shared mechanism; a stale entry is not reported (the older inputs never did). */
export function applyBaselineInput(ctx: EngineContext, file: string, findings: Finding[]): void {
  applyBaseline('edge-guard', findings, readEitherBaseline(ctx, file), false);
}

/**
 * `update-baseline: true`: writes every current finding to `file` (default .bickford/baseline.json) in the shared
 * format, keeping other guards' entries and the reasons already written, and accepts them in this run.
 */
export function writeBaselineInput(ctx: EngineContext, file: string | undefined, result: GuardResult): GuardResult {
  const target = file ?? BASELINE_FILE;
  let previous: LoadedBaseline | undefined;
  try {
    previous = readEitherBaseline(ctx, target);
  } catch {
    previous = undefined; // a broken file is rewritten, as `update-baseline` always did
  }
  const kept = (previous?.entries ?? []).filter((e) => e.guard !== 'edge-guard').map(({ line: _line, ...e }) => e);
  const text = renderBaseline([...kept, ...baselineEntries('edge-guard', result.findings, previous)]);
  const abs = ctx.fs.abs(target);
  nodeFs.mkdirSync(path.dirname(abs), { recursive: true });
  nodeFs.writeFileSync(abs, text);
  ctx.logger.info(`edge-guard: wrote ${result.findings.length} accepted finding(s) to ${target}`);
  for (const f of result.findings) f.suppressed = { kind: 'baseline', reason: `accepted in ${target} (just written)` };
  return { ...result, outputs: { ...result.outputs, 'baseline-file': target } };
}
