import { findEnvReads } from '../src/engine/find-reads';

const names = (code: string, file = 'x.ts') => findEnvReads(file, code).map((r) => r.name ?? `<${r.keyText}>`);

describe('findEnvReads', () => {
  it.each([
    ['process.env.X', 'const a = process.env.API_URL;', ['API_URL']],
    ['process.env["X"]', "const a = process.env['DB_HOST'] ?? process.env[`PORT`];", ['DB_HOST', 'PORT']],
    ['destructuring with renames, defaults and computed literal keys', "const { A, B: b, C = 'x', ['D']: d, ...rest } = process.env;", ['A', 'B', 'C', 'D']],
    ['import.meta.env.X, minus Vite built-ins', 'const u = import.meta.env.VITE_URL; const m = import.meta.env.MODE; const d = import.meta.env.DEV;', ['VITE_URL']],
    ['destructuring from import.meta.env', 'const { VITE_A, SSR } = import.meta.env;', ['VITE_A']],
    ['a compound assignment, which reads first', "process.env.PORT ??= '3000';", ['PORT']],
    ['a dynamic key', 'const k = pick(); const v = process.env[k];', ['<k>']],
    ['an alias from destructuring process', "const { env } = process; const a = env.A; const { B } = env;", ['A', 'B']],
    ['an alias of process.env', 'const e = process.env; const a = e.A; const b = e["B"];', ['A', 'B']],
    ['process["env"], casts and globalThis', "const a = process['env'].A; const b = (process.env as any).B; const c = globalThis.process.env.C; const d = process?.env?.D;", ['A', 'B', 'C', 'D']],
    ['destructuring in a parameter and in an assignment', 'function f({ A, B: b } = process.env) {}\nlet C; ({ C } = process.env);', ['A', 'B', 'C']],
    ["'X' in process.env", "if ('FEATURE_FLAG' in process.env) {}", ['FEATURE_FLAG']],
    ['a parameter key inside a wrapper, which is not a computed read (its callers are the reads)', 'function f(k: string) { return process.env[k]; }', []],
    ['a read inside JSX', 'export const C = () => <a href={process.env.NEXT_PUBLIC_URL} />;', ['NEXT_PUBLIC_URL']],
  ])('finds %s', (_what, code, expected) => {
    expect(names(code, code.includes('<a') ? 'x.tsx' : 'x.ts')).toEqual(expected);
  });

  it.each([
    ['an assignment', "process.env.FOO = 'bar';"],
    ['a delete', 'delete process.env.FOO;'],
    ['another object called env', 'const config = { env: { A: 1 } }; config.env.A;'],
    ['a shadowed lookalike', 'const proc = { env: {} as Record<string, string> }; proc.env.A;'],
    ['text in a string or comment', "// process.env.COMMENTED\nconst s = 'process.env.IN_STRING';"],
  ])('ignores %s', (_what, code) => {
    expect(names(code)).toEqual([]);
  });

  it('gives offsets that cover the whole access expression', () => {
    const code = 'const a =  process.env.API_URL;';
    const [read] = findEnvReads('x.ts', code);
    expect(code.slice(read.start, read.end)).toBe('process.env.API_URL');
  });

  it('reads literal arguments of reader functions, at the call', () => {
    const code = "import { env, requireEnv } from '@acme/lib/env';\nconst a = env('NEXT_PRIVATE_SES_REGION');\nconst b = requireEnv('B', new Error());\nconst c = env(dynamic);\nconst d = lib.env('D');";
    const reads = findEnvReads('x.ts', code, new Map([['env', 0], ['requireEnv', 0]]));
    expect(reads.map((r) => [r.name, r.via, code.slice(r.start, r.end)])).toEqual([
      ['NEXT_PRIVATE_SES_REGION', 'env()', "env('NEXT_PRIVATE_SES_REGION')"],
      ['B', 'requireEnv()', "requireEnv('B', new Error())"],
      ['D', 'env()', "lib.env('D')"],
    ]);
  });

  it('parses plain JavaScript and CommonJS files', () => {
    expect(names('module.exports = { url: process.env.URL };', 'x.cjs')).toEqual(['URL']);
  });
});
