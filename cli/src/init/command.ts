import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '@shared/errors';
import type { GuardName } from '@shared/findings/result';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger, type Logger } from '@shared/logger';
import { writeBaseline } from '../baseline';
import { GUARDS } from '../guards';
import { executeGuard } from '../run-guard';
import { discover, type Discovery } from './discover';
import { resolvePins } from './pins';
import { renderConfig } from './render-config';
import { renderWorkflow } from './render-workflow';

export const INIT_USAGE = 'usage: bickford init [dir]';
const CONFIG = '.bickford.yml';
const WORKFLOW = '.github/workflows/bickford.yml';

type Outcome = 'written' | 'unchanged' | 'kept';

/**
 * `bickford init [dir]`: makes a repository green on day one. It finds what the guards would check, writes
 * .bickford.yml, records today's findings in the baseline, and writes the workflow; then it says what it did and
 * what to review. A file that exists with other content is the user's and is kept; running it twice changes nothing.
 */
export async function initCommand(argv: readonly string[], logger: Logger, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const dirs = argv.filter((a) => a !== '--verbose');
  const flag = dirs.find((a) => a.startsWith('--'));
  if (flag) throw new ConfigurationError(`unknown flag ${flag} for init\n${INIT_USAGE}`);
  if (dirs.length > 1) throw new ConfigurationError(`too many arguments: ${dirs.join(' ')}\n${INIT_USAGE}`);
  const root = path.resolve(dirs[0] ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigurationError(`${dirs[0] ?? '.'} is not a directory\n${INIT_USAGE}`);

  const d = discover(new NodeRepoFs(root), await edgeEntries(root));
  const guards = guardsFor(d);
  const config = writeIfNew(root, CONFIG, renderConfig(d, guards));
  const baseline = await writeBaseline({ root, guards, logger });
  const pins = await resolvePins(guards);
  const workflow = writeIfNew(root, WORKFLOW, renderWorkflow(d, guards, pins));

  const said = (o: Outcome, file: string) => (o === 'written' ? `Wrote ${file}` : o === 'unchanged' ? `${file} is up to date` : `Kept ${file}: it exists with other content (delete it and rerun to get init's)`);
  const review: string[] = [];
  if (baseline.entries > 0) review.push(`${baseline.file} accepts the ${baseline.entries} finding(s) that exist today (${Object.entries(baseline.perGuard).map(([g, n]) => `${g} ${n}`).join(', ')}): give each a "reason", and fix them over time; a pull request fails only on new ones.`);
  if (Object.values(pins).some((p) => !p.pinned)) review.push(`The guards use the @v1 tag: the release mirrors did not answer, so init could not look up the commit. Pin each by SHA as its comment says.`);
  else review.push('The guards are pinned by the SHA their v1 tag pointed at today; Dependabot (package-ecosystem: github-actions) can keep them current.');
  review.push(`The workflow installs with \`${d.packageManager.install}\`${d.packageManager.lockfile ? ` (from ${d.packageManager.lockfile})` : ' (no lockfile found)'}${d.projects.some((p) => !p.clientCommitted) ? ' and runs `prisma generate` where the client is not committed' : ''}; check that it matches your CI.`);
  for (const p of d.problems) review.push(`Discovery: ${p}`);
  review.push(`Commit ${CONFIG}, ${baseline.file} and ${WORKFLOW} together.`);

  write(
    [
      'bickford init found:',
      ...found(d),
      '',
      `${said(config, CONFIG)}.`,
      `${baseline.entries > 0 || fs.existsSync(path.join(root, baseline.file)) ? `${baseline.file}: ${baseline.entries} accepted finding(s)` : 'No finding to accept: no baseline needed'}.`,
      `${said(workflow, WORKFLOW)} (${guards.join(', ')}).`,
      '',
      'Review:',
      ...review.map((r) => `  - ${r}`),
      '',
    ].join('\n'),
  );
  return 0;
}

/** prisma-guard and migration-score need a Prisma schema; edge-guard and env-guard say "nothing to check" and pass without one. */
function guardsFor(d: Discovery): GuardName[] {
  return [...(d.projects.length > 0 ? (['prisma-guard', 'migration-score'] as const) : []), 'edge-guard', 'env-guard'];
}

function found(d: Discovery): string[] {
  const lines = d.projects.map((p) => `  Prisma schema ${p.schemaPath}: ${p.migrations ? `${p.migrations} migration(s) in ${p.migrationsDir}` : `no migrations folder (${p.migrationsDir})`}, client ${p.clientCommitted ? 'committed' : 'generated in CI'}`);
  if (d.projects.length === 0) lines.push('  No Prisma schema: prisma-guard and migration-score are left out of the workflow.');
  lines.push(d.turboJson ? `  Turborepo: ${d.turboJson}` : '  No turbo.json: env-guard has nothing to check.');
  lines.push(d.edgeEntries.length ? `  Edge entries: ${d.edgeEntries.length} (${d.edgeEntries.slice(0, 5).map((e) => e.file).join(', ')}${d.edgeEntries.length > 5 ? ', …' : ''})` : '  No edge code: edge-guard has nothing to check.');
  lines.push(`  Package manager: ${d.packageManager.name}${d.packageManager.lockfile ? ` (${d.packageManager.lockfile})` : ' (no lockfile)'}`);
  return lines;
}

/** The edge entries edge-guard finds (Next.js middleware, edge routes, edge export conditions): its own discovery. */
async function edgeEntries(root: string): Promise<Discovery['edgeEntries']> {
  const run = await executeGuard(GUARDS['edge-guard'], { command: 'edge-guard', dir: root, format: 'json', color: false, verbose: false, labels: [], inputs: {} }, new MemoryLogger());
  const entries = (run.result.data?.entries ?? []) as { file: string; why?: string }[];
  return entries.map((e) => ({ file: e.file, why: e.why ?? '' }));
}

/** Writes a file that does not exist; one that exists is left alone (identical: unchanged; different: the user's). */
function writeIfNew(root: string, rel: string, text: string): Outcome {
  const file = path.join(root, rel);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8') === text ? 'unchanged' : 'kept';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return 'written';
}
