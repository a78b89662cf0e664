import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { defineGuard } from '@shared/action/guard';
import { DEFAULT_OPTIONS, type EdgeGuardOptions } from './engine/options';
import { runEdgeGuard } from './engine/run-edge-guard';
import { baselineText } from './engine/baseline';

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
    const { updateBaseline, ...options } = inputs;
    if (!updateBaseline) return runEdgeGuard(options, ctx);
    // Writing is the adapter's job, not the engine's: the engine only says what the baseline holds.
    const file = options.baselineFile ?? '.bickford/edge-guard-baseline.json';
    const result = await runEdgeGuard({ ...options, baselineFile: undefined }, ctx);
    const target = ctx.fs.abs(file);
    nodeFs.mkdirSync(path.dirname(target), { recursive: true });
    nodeFs.writeFileSync(target, baselineText(result.findings));
    ctx.logger.info(`edge-guard: wrote ${result.findings.length} accepted finding(s) to ${file}`);
    for (const f of result.findings) f.suppressed = { kind: 'baseline', reason: `accepted in ${file} (just written)` };
    return { ...result, outputs: { ...result.outputs, 'baseline-file': file } };
  },
});
