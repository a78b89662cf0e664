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
    ['a dynamic key', 'function f(k: string) { return process.env[k]; }', ['<k>']],
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

  it('parses plain JavaScript and CommonJS files', () => {
    expect(names('module.exports = { url: process.env.URL };', 'x.cjs')).toEqual(['URL']);
  });
});
