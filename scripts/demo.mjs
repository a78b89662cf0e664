#!/usr/bin/env node
// `npm run demo`: the main job on the bundled example monorepo. Every guard runs through the CLI (the same
// engines as the actions), then the ledger records the build, the schema version and the migration score in
// its embedded PostgreSQL (PGlite under examples/.bickford/ledger), proves a deploy and verifies the chain.
// The examples carry deliberate mistakes (marked DEMO:), so findings are expected; the demo fails only if a
// guard could not run (exit 2 or 3).
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const examples = path.join(root, 'examples');
const work = path.join(examples, '.bickford', 'demo');
fs.mkdirSync(work, { recursive: true });
const tty = Boolean(process.stdout.isTTY);
const color = tty ? [] : ['--no-color'];
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const rows = [];

function bickford(title, args) {
  process.stdout.write(`\n${bold(`━━ ${title} ━━`)}\n$ bickford ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'cli', 'bin.cjs'), ...args, ...color], { cwd: root, stdio: 'inherit' });
  rows.push({ title, exit: r.status });
  return r.status;
}

const report = (name) => path.join(work, `${name}.json`);

// Said first, so that the red lines below read as what they are: the examples' deliberate mistakes.
process.stdout.write(`${bold('The example monorepo (examples/) holds deliberate mistakes, each marked DEMO: in its file. Expect:')}
  prisma-guard     packages/db/prisma/schema.prisma is not formatted (\`prisma format --check\` lines)
  migration-score  20250310140000_drop_user_nickname drops a column (a regressive, data-losing migration)
  edge-guard       app/api/stats/route.ts (an edge route) reaches the Node-only Prisma client through a barrel
  env-guard        packages/config reads FEATURE_FLAGS, which no turbo.json task declares
Then the embedded ledger records the build, the schema version and the migration score, proves a deploy of
the same commit against the head the build left, and verifies the chain. The demo fails only if a guard
could not run.
`);
bickford('prisma-guard', ['prisma-guard', 'examples', '--report-path', report('prisma-guard')]);
bickford('migration-score', ['migration-score', 'examples', '--all', '--report-path', report('migration-score')]);
bickford('edge-guard', ['edge-guard', 'examples']);
bickford('env-guard', ['env-guard', 'examples']);

let commit = 'demo';
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: the demo still records a build, of a made-up commit.
}
const ledger = ['ledger-record', 'examples', '--tenant-id', 'acme/monorepo', '--fail-on', 'error'];
const schemaHash = fs.existsSync(report('prisma-guard')) ? JSON.parse(fs.readFileSync(report('prisma-guard'), 'utf8')).outputs?.['schema-hash'] : undefined;
// Each append reports the new head; in Actions a deploy reads it back from the commit status the build step
// posted (the anchor outside the database). Locally, the head the last append returned is that anchor.
let head;
const append = (title, args) => {
  const out = path.join(work, `ledger-${rows.length}.json`);
  bickford(title, [...args, '--report-path', out]);
  const outputs = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')).outputs : undefined;
  if (outputs?.['head-seq'] !== undefined && outputs?.['head-hash']) head = `${outputs['head-seq']}:${outputs['head-hash']}`;
};
append('ledger: build', [...ledger, '--event', 'build', '--commit', commit, '--status', 'success']);
if (schemaHash) append('ledger: schema', [...ledger, '--event', 'schema', '--schema-hash', schemaHash]);
if (fs.existsSync(report('migration-score'))) append('ledger: migration score', [...ledger, '--event', 'migration-score', '--report', report('migration-score')]);
bickford('ledger: deploy (proof: the build above)', [...ledger, '--event', 'deploy', '--commit', commit, '--environment', 'preview', ...(head ? ['--expected-head', head] : [])]);
bickford('ledger: verify', [...ledger, '--event', 'verify']);

const meaning = (code) => (code === 0 ? 'pass' : code === 1 ? 'findings over the threshold' : code === 2 ? 'configuration error' : 'internal error');
process.stdout.write(`\n${bold('Summary')}\n${rows.map((r) => `  ${r.title.padEnd(42)} exit ${r.exit}  ${meaning(r.exit)}`).join('\n')}\n`);
process.exitCode = rows.some((r) => r.exit === null || r.exit >= 2) ? 1 : 0;
