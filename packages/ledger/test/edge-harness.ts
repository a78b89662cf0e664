import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '..', 'src', 'edge');
const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The edge entry as ES modules (what the package's edge build ships), in a temp folder. */
export function buildEdgeEntry(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-edge-'));
  for (const f of fs.readdirSync(SRC).filter((n) => n.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(fs.readFileSync(path.join(SRC, f), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }, fileName: f });
    fs.writeFileSync(path.join(dir, f.replace(/\.ts$/, '.js')), outputText.replace(/(from\s+)(['"])(\.\/[^'"]+?)\2/g, '$1$2$3.js$2'));
  }
  return dir;
}

/**
 * Runs `body` (an async function body with `lib`, the edge entry's exports, in scope) inside Vercel's Edge
 * Runtime (the `edge-runtime` package): its own globals, its own fetch, no require and no process. The edge
 * entry is loaded as modules into that context. Returns what `body` returns, through JSON.
 */
export async function runInEdgeRuntime(entryDir: string, body: string, args: Record<string, unknown>): Promise<unknown> {
  const runner = path.join(entryDir, 'runner.mjs');
  fs.writeFileSync(
    runner,
    `
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createRequire } from 'node:module';
const { EdgeRuntime } = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('edge-runtime');
const runtime = new EdgeRuntime();
const context = runtime.context;
const cache = new Map();
const load = (file) => {
  if (!cache.has(file)) cache.set(file, new vm.SourceTextModule(fs.readFileSync(file, 'utf8'), { context, identifier: file }));
  return cache.get(file);
};
const entry = load(${JSON.stringify(path.join(entryDir, 'index.js'))});
await entry.link((specifier, referencing) => {
  if (!specifier.startsWith('.')) throw new Error('the edge entry imports ' + specifier);
  return load(path.resolve(path.dirname(referencing.identifier), specifier));
});
await entry.evaluate();
context.lib = entry.namespace;
context.args = ${JSON.stringify(args)};
const out = await runtime.evaluate(${JSON.stringify(`(async () => { const probe = { hasRequire: typeof require !== 'undefined', hasProcess: typeof process !== 'undefined', edge: typeof EdgeRuntime }; const result = await (async () => { ${body} })(); return JSON.stringify({ probe, result }); })()`)});
process.stdout.write(out + '\\n');
`,
  );
  // Asynchronous: the server under test may live in this very process.
  const { stdout } = await promisify(execFile)(process.execPath, ['--experimental-vm-modules', '--no-warnings', runner], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}
