import { scanModule } from '../engine/scan-module';

const followed = (code: string, file = 'a.ts', verbatim = false) =>
  scanModule(file, code, { verbatim })
    .imports.filter((i) => !i.erased && !i.deadOnEdge)
    .map((i) => i.specifier);

describe('scanModule', () => {
  const valid: [string, string][] = [
    ['import type', "import type { A } from 'x';\nconst a: A = 1;"],
    ['inline type specifiers only', "import { type A, type B } from 'x';\nlet a: A | B;"],
    ['export type from', "export type { A } from 'x';"],
    ['export type *', "export type * from 'x';"],
    ['value name used in a type annotation', "import { A } from 'x';\nfunction f(a: A) {}"],
    ['typeof in a type', "import { A } from 'x';\ntype T = typeof A;"],
    ['implements clause', "import { A } from 'x';\nclass C implements A {}"],
    ['interface extends', "import { A } from 'x';\ninterface I extends A {}"],
    ['a property with the same name', "import { A } from 'x';\nconst o = { A: 1 }; o.A;"],
    ['declare const', "import { A } from 'x';\ndeclare const a: typeof A;"],
    ['require in a folded nodejs branch', "if (process.env.NEXT_RUNTIME === 'nodejs') { require('x'); }"],
    ['import() in a folded else branch', "if (process.env.NEXT_RUNTIME === 'edge') {} else { import('x'); }"],
    ['a folded ternary', "const m = process.env['NEXT_RUNTIME'] !== 'edge' ? require('x') : null;"],
    ['a folded &&', "process.env.NEXT_RUNTIME === 'nodejs' && require('x');"],
    ['require after an early return on the edge', "function f() { if (process.env.NEXT_RUNTIME !== 'nodejs') return; require('x'); }"],
    ['import() after an early throw in a block', "async function f() { if (process.env.NEXT_RUNTIME === 'edge') { throw new Error('node only'); } await import('x'); }"],
    ['code after an unconditional return', "function f() { return 1; require('x'); }"],
    ['a name used only as a parameter', "import { A } from 'x';\nexport function f(A: () => void) { A(); }"],
    ['a name used only as a catch variable', "import { A } from 'x';\ntry { f(); } catch (A) { console.log(A); }"],
    ['a name used only as a loop variable', "import { A } from 'x';\nfor (const A of [1]) console.log(A);\nfor (let A = 0; A < 1; A++) g(A);"],
    ['a name used only as a local class', "import { A } from 'x';\nexport function f() { class A {} return new A(); }"],
    ['a name used only as a local function', "import { A } from 'x';\nexport function f() { function A() {} return A(); }"],
    ['a name used only as a destructured local', "import { A } from 'x';\nexport const f = ({ a: [A] }: any) => A;"],
    ['a name used only inside a named function expression of that name', "import { A } from 'x';\nexport const f = function A() { return A; };"],
  ];
  it.each(valid)('does not follow %s', (_name, code) => {
    expect(followed(code)).toEqual([]);
  });

  const invalid: [string, string][] = [
    ['a side-effect import', "import 'x';"],
    ['a value use', "import { A } from 'x';\nA();"],
    ['class extends', "import { A } from 'x';\nclass C extends A {}"],
    ['JSX', "import A from 'x';\nconst e = <A />;"],
    ['a shorthand property', "import { A } from 'x';\nexport const o = { A };"],
    ['a local re-export', "import { A } from 'x';\nexport { A };"],
    ['export * from', "export * from 'x';"],
    ['export named from', "export { A } from 'x';"],
    ['import() in the kept edge branch', "if (process.env.NEXT_RUNTIME === 'edge') { import('x'); }"],
    ['import = require used as a value', "import fs = require('x');\nfs.readFileSync('');"],
    ['require after an early return on Node only', "function f() { if (process.env.NEXT_RUNTIME === 'nodejs') return; require('x'); }"],
    ['require after a return that depends on something else', "function f(a: boolean) { if (a) return; require('x'); }"],
    ['require in a function declared after an early return (hoisted, so dead-code removal keeps it)', "export function register() { if (process.env.NEXT_RUNTIME !== 'nodejs') return; load(); function load() { require('x'); } }"],
    ['require after a function whose own body returns early', "function g() { if (process.env.NEXT_RUNTIME !== 'nodejs') return; }\nrequire('x');"],
    ['a use beside a shadowing parameter', "import { A } from 'x';\nexport function f(A: number) { return A; }\nA();"],
    ['a use in a sibling block of a shadowing one', "import { A } from 'x';\n{ const A = 1; void A; }\n{ A(); }"],
    ['a use in a parameter default of another function', "import { A } from 'x';\nexport function f(b = A) { return b; }"],
    ['a use after a block-scoped var of that name', "import { A } from 'x';\nexport function f() { { var A = 1; } return A; }"],
  ];
  it.each(invalid)('follows %s', (_name, code) => {
    expect(followed(code, code.includes('<A') ? 'a.tsx' : 'a.ts')).toEqual(['x']);
  });

  it('keeps unused imports in JavaScript, where nothing is elided', () => {
    expect(followed("import { A } from 'x';", 'a.js')).toEqual(['x']);
  });

  it('elides unused and type-only imports under verbatimModuleSyntax, as Next’s SWC does (tsc would keep them)', () => {
    expect(followed("import { A } from 'x';\nlet a: A;", 'a.ts', true)).toEqual([]);
    expect(followed("import { A } from 'x';", 'a.ts', true)).toEqual([]);
    expect(followed("import type { A } from 'x';", 'a.ts', true)).toEqual([]);
    expect(followed("import { A } from 'x';\nA();", 'a.ts', true)).toEqual(['x']);
    const tsc = (code: string) => scanModule('a.ts', code, { verbatim: true, honourVerbatim: true }).imports.filter((i) => !i.erased).map((i) => i.specifier);
    expect(tsc("import { A } from 'x';\nlet a: A;")).toEqual(['x']);
  });

  it('classifies PrismaClient constructions by how they connect', () => {
    const kinds = (code: string) => scanModule('a.ts', `import { PrismaClient as P } from '@prisma/client';\n${code}`, { verbatim: false }).clientConstructions.map((c) => c.connection);
    expect(kinds('new P();')).toEqual(['engine']);
    expect(kinds("new P({ log: ['query'] });")).toEqual(['engine']);
    expect(kinds('new P({ adapter });')).toEqual(['adapter']);
    expect(kinds("new P({ accelerateUrl: 'x' });")).toEqual(['accelerate']);
    expect(kinds('new P().$extends(withAccelerate());')).toEqual(['accelerate']);
    expect(kinds('new P(options);')).toEqual(['unknown']);
    expect(kinds('new Map();')).toEqual([]);
  });

  it('reads segment config and module-level calls', () => {
    const facts = scanModule('a.ts', "export const runtime = 'edge' as const;\nexport const config = { runtime: 'nodejs' };\nawait assertNodeRuntime();\nfunction f() { other(); }", { verbatim: false });
    expect(facts).toMatchObject({ runtimeExport: 'edge', configRuntime: 'nodejs', moduleLevelCalls: ['assertNodeRuntime'] });
  });

  it('finds eval and new Function but not inside a folded branch', () => {
    const facts = scanModule('a.ts', "eval('1');\nnew Function('x');\nglobalThis.eval('2');\nif (process.env.NEXT_RUNTIME === 'nodejs') eval('3');", { verbatim: false });
    expect(facts.dynamicCode.map((d) => d.what)).toEqual(['eval()', 'new Function()', 'eval()']);
  });
});
