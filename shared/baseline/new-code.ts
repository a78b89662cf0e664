import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import type { EngineContext, GuardDefinition } from '../action/guard';
import type { ChangeResolution } from '../action/resolve-changes';
import { errorMessage } from '../errors';
import { fingerprintFileOf, type Finding } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { CliGitReader } from '../io/git';
import { NodeRepoFs } from '../io/repo-fs';
import type { Logger } from '../logger';
import { applyInlineSuppressions } from '../suppress/apply-inline';
import { applyBaseline } from './apply-baseline';
import { checkoutBase, checkoutBaseAsync, type BaseTree } from './base-tree';
import { BASELINE_FILE, NOT_BASELINED, readBaselineFile } from './baseline-file';
import { MapRunMemo, type RunMemo } from './run-memo';

/** Guards whose engine can run again at the base: the ledger records events, and recording twice would write twice. */
const RUNS_AT_BASE = new Set(['migration-score', 'edge-guard', 'prisma-guard', 'env-guard']);

/**
 * The memo the head's run and the base's run share, for a run that may go on to the base (`newCode`, as given to
 * `adoptFindings`); undefined otherwise, so a single run keeps nothing it will not reuse.
 */
export function newCodeMemo(guard: string, newCode: boolean): RunMemo | undefined {
  return newCode && RUNS_AT_BASE.has(guard) ? new MapRunMemo() : undefined;
}

/**
 * Starts checking out the base in the background, before the guard runs at the head, when new-code mode may run it
 * there (the clone has the base): the checkout then costs no wall time of its own on a runner's second core. Hand
 * it to `adoptFindings` as `pendingBase`, which uses or removes it; if the head's run fails, `releaseBaseTree`.
 */
export function startBaseTree(options: { guard: string; newCode: boolean; resolution: ChangeResolution; fs: { root: string }; git: unknown; tempDir: string }): Promise<BaseTree | string> | undefined {
  const { resolution } = options;
  if (!options.newCode || !RUNS_AT_BASE.has(options.guard) || resolution.kind !== 'known' || resolution.source === 'api') return undefined;
  const prefix = (options.git as Partial<CliGitReader>).prefix;
  if (typeof prefix !== 'string') return undefined;
  return checkoutBaseAsync(options.fs.root, prefix, resolution.changes.base, path.join(options.tempDir, 'bickford-base'));
}

/** Removes a base tree `startBaseTree` began and nothing used. */
export async function releaseBaseTree(pending: Promise<BaseTree | string> | undefined): Promise<void> {
  const tree = await pending;
  if (tree && typeof tree !== 'string') tree.dispose();
}

export interface AdoptOptions<I> {
  guard: GuardDefinition<I>;
  inputs: I;
  /** The head run's context (guard-root paths): the base run gets the same, rooted in the base tree. */
  ctx: EngineContext;
  /** The head run's result, paths still guard-root-relative. */
  result: GuardResult;
  resolution: ChangeResolution;
  /**
   * Whether this run judges new code: a pull request, or the CLI's `--base`. A push compares with the commit before
   * it for its change set, but what it checks is the branch as it is.
   */
  newCode: boolean;
  /** `fail-on-existing`: findings that exist at the base fail the step too. */
  failOnExisting: boolean;
  /** Where the base tree is checked out (the runner's temp folder). */
  tempDir: string;
  /** The base tree `startBaseTree` began checking out during the head's run: used here, or removed. */
  pendingBase?: Promise<BaseTree | string>;
}

const short = (sha: string) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);

/**
 * The one place where every guard's findings are finalised for adoption, in the action and the CLI alike: inline
 * `bickford-ignore` comments, the baseline file, and, on a pull request (or `--base`), which findings already
 * exist at the base. Nothing is dropped: suppressed and existing findings stay in every report with their reason.
 */
export async function adoptFindings<I>(options: AdoptOptions<I>): Promise<GuardResult> {
  try {
    return await adopt(options);
  } finally {
    // Whatever the base run did not take (a clean PR, a skipped base, an error) is removed before the step ends.
    await releaseBaseTree(options.pendingBase);
  }
}

async function adopt<I>(options: AdoptOptions<I>): Promise<GuardResult> {
  const { guard, ctx, resolution, failOnExisting } = options;
  // Read before the copies below: the file each fingerprint is about, to tell which findings the base could have.
  const aboutFile = new Map(options.result.findings.map((f) => [f.fingerprint, fingerprintFileOf(f)]));
  const findings = options.result.findings.map((f) => ({ ...f }));
  findings.push(...applyInlineSuppressions(guard.name, findings, ctx.fs));
  const baseline = readBaselineFile(ctx.fs);
  const lines: string[] = [];
  if (baseline) {
    // Only a run over the whole tree can tell an entry matches nothing: a PR's run may check only what changed.
    findings.push(...applyBaseline(guard.name, findings, baseline, resolution.kind === 'none'));
    const accepted = findings.filter((f) => f.suppressed?.kind === 'baseline').length;
    lines.push(`${accepted} finding(s) accepted by ${baseline.file}.`);
  }
  let existing = 0;
  // The ledger records events: it has no debt to tell apart, and recording twice would write twice. With nothing
  // that counts at the head there is nothing to tell apart either: the second run of the engine is skipped.
  const compares = options.newCode && resolution.kind !== 'none' && RUNS_AT_BASE.has(guard.name);
  // A fingerprint holds its file: a finding about a file the change adds cannot exist at the base.
  const added = resolution.kind === 'known' ? new Set(resolution.changes.files.filter((f) => f.status === 'added' || f.status === 'renamed').map((f) => f.path)) : new Set<string>();
  const couldExist = findings.filter((f) => !f.suppressed && !added.has(aboutFile.get(f.fingerprint) ?? ''));
  if (compares && findings.every((f) => f.suppressed)) {
    lines.push('New code: no finding counts at the head, so the base was not checked.');
  } else if (compares && resolution.kind === 'known' && couldExist.length === 0) {
    lines.push(`New code: every finding that counts is about a file added since the base ${short(resolution.changes.base)}, so none can exist there; the base was not checked.`);
  } else if (compares) {
    const base = resolution.kind === 'known' ? resolution.changes.base : undefined;
    const atBase = base ? await findingsAtBase(options, base, new Set(findings.filter((f) => !f.suppressed && !NOT_BASELINED.has(f.ruleId)).map((f) => f.ruleId))) : `the change set is unknown (${resolution.kind === 'unknown' ? resolution.tried.join('; ') : ''})`;
    if (typeof atBase === 'string') {
      lines.push(
        baseline
          ? `New code: the base could not be checked (${atBase}); ${baseline.file} was used instead: every finding it does not accept counts as new.`
          : `New code: the base could not be checked (${atBase}), and there is no ${BASELINE_FILE}: every finding counts as new.`,
      );
      ctx.logger.warning(lines[lines.length - 1]);
    } else {
      for (const f of findings) {
        if (f.suppressed || NOT_BASELINED.has(f.ruleId) || !atBase.has(f.fingerprint)) continue;
        existing++;
        if (failOnExisting) f.properties = { ...f.properties, existing: true };
        else f.suppressed = { kind: 'existing', reason: `also found at the base ${short(base!)}` };
      }
      lines.push(
        `New code: the guard also ran at the base ${short(base!)}; ${existing} finding(s) found there too are existing` +
          (failOnExisting ? ' and, with fail-on-existing, still count.' : ': listed, but they do not fail the step (fail-on-existing: true makes them count).'),
      );
    }
  }
  if (lines.length === 0) return { ...options.result, findings };
  const headline = existing > 0 ? `${options.result.headline}; ${existing} existing` : options.result.headline;
  return { ...options.result, headline, findings, sections: [...(options.result.sections ?? []), { kind: 'text', title: 'New code and baseline', lines }] };
}

/**
 * The fingerprints of the findings the same guard reports at the base, or why the base could not be checked. Only
 * fingerprints of `onlyRules` are ever looked up (a fingerprint holds its rule), so the engine may skip other checks.
 */
async function findingsAtBase<I>(options: AdoptOptions<I>, base: string, onlyRules: ReadonlySet<string>): Promise<Set<string> | string> {
  const { guard, ctx } = options;
  if (options.resolution.kind === 'known' && options.resolution.source === 'api') return 'the clone lacks the base commit and it could not be fetched';
  const git = ctx.git as Partial<CliGitReader>;
  const prefix = typeof git.prefix === 'string' ? git.prefix : undefined;
  if (prefix === undefined) return 'the guard root is not inside a git repository';
  const pending = options.pendingBase;
  options.pendingBase = undefined;
  const tree = pending ? await pending : checkoutBase(ctx.fs.root, prefix, base, path.join(options.tempDir, 'bickford-base'));
  if (typeof tree === 'string') return tree;
  // The base run's own files (a shadow database, caches) in a folder of its own, removed with the tree: concurrent runs never share one.
  const workDir = nodeFs.mkdtempSync(path.join(options.tempDir, 'bickford-base-work-'));
  try {
    const fs = new NodeRepoFs(tree.root);
    const result = await guard.run(options.inputs, {
      ...ctx,
      fs,
      git: new CliGitReader(tree.root),
      logger: quiet(ctx.logger),
      // At the base there is nothing to compare with: the whole base tree is checked, as a push to it would be.
      changes: undefined,
      changesUnknown: undefined,
      workDir,
      github: undefined,
      onlyRules,
    });
    if (ctx.memo instanceof MapRunMemo) ctx.logger.debug(`new code: the base run reused ${ctx.memo.hits} result(s) of the head's run and computed ${ctx.memo.misses} in both`);
    const found: Finding[] = result.findings;
    applyInlineSuppressions(guard.name, found, fs);
    return new Set(found.filter((f) => !f.suppressed).map((f) => f.fingerprint));
  } catch (e) {
    return `${guard.name} failed at the base: ${errorMessage(e).slice(0, 300)}`;
  } finally {
    tree.dispose();
    nodeFs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The base run's log goes to debug: its findings are compared, not reported. */
function quiet(logger: Logger): Logger {
  return {
    debug: (m) => logger.debug(`at base: ${m}`),
    info: (m) => logger.debug(`at base: ${m}`),
    warning: (m) => logger.debug(`at base: ${m}`),
    error: (m) => logger.debug(`at base: ${m}`),
    group: (_name, fn) => fn(),
  };
}
