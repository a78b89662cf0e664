// Runs the built edge files (dist/edge) as ES modules inside a fresh node:vm context that has no `process`,
// no `require` and no Node globals: what Vercel's Edge Runtime or a Worker gives the module. Needs
// `node --experimental-vm-modules`. Prints one JSON line with what each export answered.
//   node --experimental-vm-modules edge-vm-runner.mjs <dist/edge dir> '<globals as JSON>'
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const [dir, globalsJson = '{}'] = process.argv.slice(2);
const context = vm.createContext({ ...JSON.parse(globalsJson), console });
const cache = new Map();

function load(file) {
  if (!cache.has(file)) {
    cache.set(file, new vm.SourceTextModule(fs.readFileSync(file, 'utf8'), { context, identifier: file }));
  }
  return cache.get(file);
}

const entry = load(path.join(dir, 'index.js'));
await entry.link((specifier, referencing) => {
  if (!specifier.startsWith('.')) throw new Error(`edge build imports a bare specifier: ${specifier}`);
  return load(path.resolve(path.dirname(referencing.identifier), specifier));
});
await entry.evaluate();

// The probe itself runs inside the context too, so globals are the context's, not this process's.
context.lib = entry.namespace;
const probe = `(() => {
  const out = { hasProcess: typeof process !== 'undefined', hasRequire: typeof require !== 'undefined' };
  out.isEdge = lib.isEdgeRuntime();
  out.isNode = lib.isNodeRuntime();
  out.context = lib.getRuntimeContext(['DATABASE_URL']);
  out.prisma = lib.gatePrismaContext('listUsers', { file: 'app/api/users/route.ts', line: 3, column: 1 });
  out.envs = lib.gateRequiredEnvs(['DATABASE_URL'], 'app/api/users/route.ts');
  try { lib.assertNodeRuntime('the database client'); out.assert = null; }
  catch (e) { out.assert = { name: e.name, message: e.message, isError: e instanceof Error }; }
  return JSON.stringify(out);
})()`;
process.stdout.write(`${vm.runInContext(probe, context)}\n`);
