import { defineGuard } from '@shared/action/guard';
import { BASELINE_FILE } from '@shared/baseline/baseline-file';
import type { Finding } from '@shared/findings/finding';
import { DEFAULT_OPTIONS, type EdgeGuardOptions } from './engine/options';
import { runEdgeGuard } from './engine/run-edge-guard';
import { DEPRECATED_BASELINE, applyBaselineInput, writeBaselineInput } from './legacy-baseline';

export interface EdgeGuardInputs extends EdgeGuardOptions {
  /** Write the baseline file with every current finding, then accept them. */
  updateBaseline: boolean;
}

/**
 * edge-guard: proves that edge code never reaches a Node-only Prisma client, a socket driver or an
 * unsupported Node built-in, and shows the whole import chain when it does.
 */
export const guard = defineGuard<EdgeGuardInputs>({
  name: 'edge-guard',
  // Every entry is checked whatever changed, but the change set picks the hop a chain is annotated at (the one the
  // PR changed): without it the annotation lands on a hop the PR did not touch, so an unknown change set fails.
  changeSet: { needed: () => true },
  dataPaths: ['entries.*.file', 'skippedEntries.*.file', 'chains.*.entry', 'chains.*.hops.*.file', 'unresolved.*.file', 'prismaClientOutputs.*.schema', 'prismaClientOutputs.*.dir', 'modules.*'],
  readInputs(reader) {
    const baselineFile = reader.string('baseline-file');
    return Object.freeze({
      entries: reader.list('entries', DEFAULT_OPTIONS.entries),
      entriesFrom: reader.origin('entries'),
      allow: reader.list('allow', DEFAULT_OPTIONS.allow),
      deny: reader.list('deny', DEFAULT_OPTIONS.deny),
      baselineFile,
      updateBaseline: reader.boolean('update-baseline', false),
      guardFunctions: reader.list('guard-functions', DEFAULT_OPTIONS.guardFunctions),
      requireRuntimeGuard: reader.boolean('require-runtime-guard', DEFAULT_OPTIONS.requireRuntimeGuard),
      tsconfig: reader.string('tsconfig', DEFAULT_OPTIONS.tsconfig)!,
      followNodeModules: reader.boolean('follow-node-modules', DEFAULT_OPTIONS.followNodeModules),
      installRequired: reader.string('install-required') === undefined ? undefined : reader.boolean('install-required', false),
    });
  },
  async run(inputs, ctx) {
    const { updateBaseline, baselineFile, ...options } = inputs;
    // The base run of new-code mode neither warns nor writes: its findings are compared, not reported.
    const atBase = ctx.onlyRules !== undefined;
    if (!atBase && baselineFile) ctx.logger.warning(`edge-guard: the \`baseline-file\` input ${DEPRECATED_BASELINE}; ${baselineFile} is still applied meanwhile.`);
    if (!atBase && updateBaseline) ctx.logger.warning(`edge-guard: the \`update-baseline\` input ${DEPRECATED_BASELINE}; this run writes ${baselineFile ?? BASELINE_FILE} in that format.`);
    // Writing is the adapter's job, not the engine's: the engine only reports what there is.
    if (updateBaseline && !atBase) return writeBaselineInput(ctx, baselineFile, await runEdgeGuard(options, ctx));
    const acceptBaseline = baselineFile ? (findings: Finding[]) => applyBaselineInput(ctx, baselineFile, findings) : undefined;
    return runEdgeGuard({ ...options, acceptBaseline }, ctx);
  },
});
