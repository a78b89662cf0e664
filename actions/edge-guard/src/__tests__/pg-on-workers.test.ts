import { runOn, writeTree } from './engine-context';

// node-postgres runs on Cloudflare Workers with nodejs_compat (Prisma's Cloudflare Workers guide: @prisma/adapter-pg
// + pg with that flag); nowhere else on the edge (test/next-oracle case pg-in-middleware).
type Result = Awaited<ReturnType<typeof runOn>>;
const errors = (r: Result) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`);
const message = (r: Result, ruleId: string) => r.findings.find((f) => f.ruleId === ruleId)?.message;

const WORKER = 'workers/api/src/index.ts';
const POOL = "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: 'postgres://x' });\nexport default { fetch: async () => new Response(String((await pool.query('select 1')).rowCount)) };\n";
const PRISMA = [
  "import { PrismaClient } from '@prisma/client';",
  "import { PrismaPg } from '@prisma/adapter-pg';",
  "const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://x' }) });",
  'export default { fetch: async () => new Response(String(await prisma.user.count())) };',
  '',
].join('\n');
const TOML = (flags: string) => ({ 'workers/api/wrangler.toml': `name = "api"\nmain = "src/index.ts"\ncompatibility_date = "2025-09-01"\n${flags}` });
const run = (files: Record<string, string>) => runOn(writeTree({ 'package.json': JSON.stringify({ name: 'root', private: true }), ...files }), { entries: [WORKER] });

describe('pg on the edge', () => {
  it('allows pg and @prisma/adapter-pg in a Worker whose wrangler.toml sets nodejs_compat', async () => {
    expect(errors(await run({ ...TOML('compatibility_flags = ["nodejs_compat"]\n'), [WORKER]: POOL }))).toEqual([]);
    expect(errors(await run({ ...TOML('compatibility_flags = ["nodejs_compat"]\n'), [WORKER]: PRISMA }))).toEqual([]);
  });

  it('reads wrangler.jsonc too, comments and all', async () => {
    const jsonc = { 'workers/api/wrangler.jsonc': '{\n  // Node APIs and TCP for pg\n  "name": "api",\n  "compatibility_flags": ["nodejs_compat"],\n}\n' };
    expect(errors(await run({ ...jsonc, [WORKER]: POOL }))).toEqual([]);
  });

  it('is an error in a Worker without nodejs_compat, and says which flag is missing where', async () => {
    const r = await run({ ...TOML(''), [WORKER]: PRISMA });
    expect(errors(r)).toEqual([`edge-prisma-client ${WORKER}:1`]);
    expect(message(r, 'edge-prisma-client')).toContain('"nodejs_compat" in compatibility_flags, which workers/api/wrangler.toml does not set');
  });

  it('is an error when the wrangler config does not parse, naming the line', async () => {
    const r = await run({ ...TOML('compatibility_flags = ["nodejs_compat"\n'), [WORKER]: POOL });
    expect(errors(r)).toEqual([`edge-db-driver ${WORKER}:1`]);
    expect(message(r, 'edge-db-driver')).toMatch(/workers\/api\/wrangler\.toml is not valid TOML at line \d+/);
  });

  it('is an error with an installed pg older than 8.11, which cannot open Workers sockets', async () => {
    const old = { 'node_modules/pg/package.json': JSON.stringify({ name: 'pg', version: '8.7.3', main: 'lib/index.js' }), 'node_modules/pg/lib/index.js': 'module.exports = {};\n' };
    const r = await run({ ...TOML('compatibility_flags = ["nodejs_compat"]\n'), [WORKER]: POOL, ...old });
    expect(errors(r)).toEqual([`edge-db-driver ${WORKER}:1`]);
    expect(message(r, 'edge-db-driver')).toContain('pg 8.7.3 predates Workers support');
  });

  it('never allows pg-native, nor pg in code Next builds for its edge runtime', async () => {
    const native = "import Client from 'pg-native';\nexport default { fetch: () => new Response(String(new Client())) };\n";
    expect(errors(await run({ ...TOML('compatibility_flags = ["nodejs_compat"]\n'), [WORKER]: native }))).toEqual([`edge-db-driver ${WORKER}:1`]);
    const next = await runOn(writeTree({
      'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.5.29' } }),
      'wrangler.toml': 'name = "app"\ncompatibility_flags = ["nodejs_compat"]\n',
      'middleware.ts': "import { Pool } from 'pg';\nconst pool = new Pool();\nexport async function middleware() { return new Response(String((await pool.query('select 1')).rowCount)); }\n",
    }));
    expect(errors(next)).toEqual(['edge-db-driver middleware.ts:1']);
  });
});
