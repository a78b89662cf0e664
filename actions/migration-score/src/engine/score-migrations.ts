import type { EngineContext } from '@shared/action/guard';
import { FileReadError } from '@shared/io/repo-fs';
import type { GuardResult } from '@shared/findings/result';
import type { MigrationScoreInputs } from '../inputs';
import { RULES } from '../rules';
import { unreadableMigration } from '../rules/meta-rules';
import { analyseMigration, type AnalyseOptions, type MigrationAnalysis } from './analyse-migration';
import { buildResult } from './build-result';
import { judge } from './judge';
import { loadParser } from './parse-sql';
import { replayHistory } from './replay-history';
import { selectFiles } from './select-files';
import { SchemaState } from './schema-state';
import { searchPathOf } from './search-path';
import { enabledRules } from './enabled-rules';

/** The engine: select the migrations, check each statement, approve, score, and gate on max-risk. */
export async function scoreMigrations(inputs: MigrationScoreInputs, ctx: EngineContext): Promise<GuardResult> {
  await loadParser();
  const selection = await selectFiles(inputs, ctx);
  const rules = enabledRules(inputs.rules);
  const options: AnalyseOptions = {
    rules,
    settings: { pgVersion: inputs.pgVersion, lockTimeout: inputs.lockTimeout, dropNotNull: inputs.dropNotNull },
    knownRules: new Set(RULES.map((r) => r.id)),
    runState: new Map(),
  };
  const scored = new Set(selection.files.filter((f) => !selection.edited.has(f)));
  const states = new Map<string, SchemaState>();
  const defaultSchemas = new Map<string, string>();
  for (const d of selection.dirs) defaultSchemas.set(d.dir, await defaultSchema(ctx, d.dir));
  // Each folder is its own database; files outside every folder share one state.
  const stateFor = (file: string): SchemaState => {
    const dir = selection.dirs.find((d) => file.startsWith(`${d.dir}/`))?.dir ?? '';
    let state = states.get(dir);
    if (!state) {
      state = new SchemaState(defaultSchemas.get(dir));
      if (dir && selection.mode === 'changes') {
        // The base's full history, edited files as the databases applied them: what the PR adds is judged against that.
        replayHistory(ctx, dir, { scored, appliedText: (f) => (selection.edited.has(f) ? appliedText(ctx, f) : undefined) }, state);
      } else if (dir && selection.mode === 'paths') {
        replayHistory(ctx, dir, { scored, before: [...scored].filter((f) => f.startsWith(`${dir}/`)).sort()[0] }, state);
      }
      states.set(dir, state);
    }
    return state;
  };
  const analyses: MigrationAnalysis[] = [];
  for (const file of selection.files) {
    // An edited applied migration never runs again where it was applied: it is reported (judge), not scored.
    if (selection.edited.has(file)) {
      analyses.push({ file, findings: [], statements: [], unscorable: false });
      continue;
    }
    const state = stateFor(file);
    analyses.push(analyse(ctx, file, state, options));
    // With `all`, each migration was its own deploy: what it created holds data for the next one.
    if (selection.mode === 'all') state.settle();
  }
  ctx.logger.info(`migration-score: ${analyses.length} migration(s) checked with ${rules.length} rule(s), pg-version ${inputs.pgVersion}`);
  const judged = judge(analyses, selection, inputs, ctx.labels);
  return buildResult(judged, selection, inputs);
}

/** Where the folder's unqualified names live (search-path.ts), said in the log when it is not plain `public`. */
async function defaultSchema(ctx: EngineContext, dir: string): Promise<string> {
  const found = await searchPathOf(ctx.fs, ctx.env, dir);
  const multi = found.schemas.length > 0 ? `; multiSchema (${found.schemas.join(', ')}): Prisma qualifies the names it writes` : '';
  const line = `migration-score: unqualified names in ${dir} resolve to schema ${found.schema} (${found.reason})${multi}`;
  if (found.schema !== 'public' || multi) ctx.logger.info(line);
  else ctx.logger.debug(line);
  return found.schema;
}

/**
 * The text of an edited migration at the base commit, which is what databases applied. A shallow
 * checkout (fetch-depth 1) has no base commit: the working tree's text stands in, and the log says so.
 */
function appliedText(ctx: EngineContext, file: string): string | undefined {
  const base = ctx.changes?.base;
  // `./` makes the path relative to the working directory, which may be a subfolder of the repository.
  const text = base ? ctx.git.show(base, `./${file}`) : undefined;
  if (text === undefined) ctx.logger.info(`migration-score: the base version of edited migration ${file} is not in this checkout (fetch-depth 1?); its current text stands in for the history`);
  return text;
}

function analyse(ctx: EngineContext, file: string, state: SchemaState, options: AnalyseOptions): MigrationAnalysis {
  let bytes: Buffer;
  try {
    bytes = ctx.fs.readBytes(file);
  } catch (e) {
    // A file that cannot be read is reported like one that cannot be parsed: never as safe.
    const rule = unreadableMigration;
    const finding = rule.report({
      messageId: 'unreadable',
      data: { detail: e instanceof FileReadError ? e.message : String(e) },
      location: { file, line: 1, column: 1 },
      fingerprintKey: 'unreadable',
      properties: { messageId: 'unreadable' },
    });
    return { file, findings: [finding], statements: [], unscorable: true };
  }
  return analyseMigration(file, bytes, state, options);
}
