import type { EngineContext } from '@shared/action/guard';
import { createFinding } from '@shared/findings/finding';
import { FileReadError } from '@shared/io/repo-fs';
import type { GuardResult } from '@shared/findings/result';
import type { MigrationScoreInputs } from '../inputs';
import { RULES } from '../rules';
import { unreadableMigration } from '../rules/meta-rules';
import { analyseMigration, type AnalyseOptions, type MigrationAnalysis } from './analyse-migration';
import { interpolate } from './run-rules';
import { buildResult } from './build-result';
import { judge } from './judge';
import { loadParser } from './parse-sql';
import { replayHistory } from './replay-history';
import { selectFiles } from './select-files';
import { SchemaState } from './schema-state';
import { enabledRules } from './enabled-rules';

/** The engine: select the migrations, check each statement, approve, score, and gate on max-risk. */
export async function scoreMigrations(inputs: MigrationScoreInputs, ctx: EngineContext): Promise<GuardResult> {
  await loadParser();
  const selection = await selectFiles(inputs, ctx);
  const rules = enabledRules(inputs.rules);
  const options: AnalyseOptions = { rules, settings: { pgVersion: inputs.pgVersion }, knownRules: new Set(RULES.keys()) };
  const states = new Map<string, SchemaState>();
  // Each folder is its own database; files outside every folder share one state.
  const stateFor = (file: string): SchemaState => {
    const dir = selection.dirs.find((d) => file.startsWith(`${d.dir}/`))?.dir ?? '';
    let state = states.get(dir);
    if (!state) {
      state = new SchemaState();
      if (dir && selection.mode !== 'all') replayHistory(ctx, dir, selection.files, state);
      states.set(dir, state);
    }
    return state;
  };
  const analyses: MigrationAnalysis[] = [];
  for (const file of selection.files) {
    const state = stateFor(file);
    analyses.push(analyse(ctx, file, state, options));
    // With `all`, each migration was its own deploy: what it created holds data for the next one.
    if (selection.mode === 'all') state.settle();
  }
  ctx.logger.info(`migration-score: ${analyses.length} migration(s) checked with ${rules.length} rule(s), pg-version ${inputs.pgVersion}`);
  const judged = judge(analyses, selection, inputs, ctx.labels);
  return buildResult(judged, selection, inputs);
}

function analyse(ctx: EngineContext, file: string, state: SchemaState, options: AnalyseOptions): MigrationAnalysis {
  let bytes: Buffer;
  try {
    bytes = ctx.fs.readBytes(file);
  } catch (e) {
    // A file that cannot be read is reported like one that cannot be parsed: never as safe.
    const rule = unreadableMigration;
    const finding = createFinding({
      ruleId: rule.meta.id,
      severity: rule.meta.severity,
      category: rule.meta.category,
      message: interpolate(rule.meta.messages.unreadable, { detail: e instanceof FileReadError ? e.message : String(e) }),
      location: { file, line: 1, column: 1 },
      help: rule.meta.help,
      fingerprintKey: 'unreadable',
      properties: { messageId: 'unreadable' },
    });
    return { file, findings: [finding], statements: [], unscorable: true };
  }
  return analyseMigration(file, bytes, state, options);
}
