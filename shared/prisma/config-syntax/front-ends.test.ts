import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createJiti } from 'jiti';
import { fromBabel } from './from-babel';
import { fromTypeScript } from './from-typescript';
import { typescript } from '@shared/prisma/typescript';
import { evaluateConfig } from '@shared/prisma/read-config';
import { CONFIG_NAMES } from '@shared/prisma/find-projects';
import { VARIANTS } from './__fixtures__/config-variants';
import { PUBLIC_CONFIGS } from './__fixtures__/public-configs';

const REPO = path.resolve(__dirname, '../../..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage']);

/** Every prisma.config.* in the repository: fixtures, examples, and benchmark corpora when checked out. */
function repositoryConfigs(dir = REPO, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIP.has(entry.name)) repositoryConfigs(full, found);
    else if (entry.isFile() && CONFIG_NAMES.includes(entry.name)) found.push(full);
  }
  return found;
}

/** Seeds of the edits; `MUTATION_SEEDS=1,2,3 npx jest shared/prisma/config-syntax` explores more of them locally. */
const SEEDS = (process.env.MUTATION_SEEDS ?? '7').split(',').map(Number);

/** Small seeded edits of the variants (a line break, a comment, a token dropped or repeated), where ASI and precedence bite. */
function mutants(perVariant: number, seed: number): [string, string][] {
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const inserts = ['\n', '/*\n*/', '\u2028', ';', ',', '(', ')', '{', '}', '.', '!', ' as T', ' satisfies X', '??', '||', "env('Z')", 'get', 'type', 'export', 'default'];
  // Where functions and blocks begin and end, which TypeScript's error recovery may draw elsewhere.
  inserts.push('=>', '?.', '<', '>', ':', '=', 'async', 'function', 'new', 'return', 'throw', 'if', 'else', 'try', 'catch', 'finally', ' x => ', '() => {}');
  return VARIANTS.flatMap((v) => {
    const pieces = v.text.split(/(?=[\s.,;:(){}[\]!?|])|(?<=[\s.,;:(){}[\]!?|])/);
    return Array.from({ length: perVariant }, (_, k): [string, string] => {
      const p = pieces.slice();
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(p.length);
        const op = random(3);
        if (op === 0) p.splice(at, 1);
        else p.splice(at, 0, op === 1 ? p[random(p.length)] : inserts[random(inserts.length)]);
      }
      return [`${v.name} #${k}`, p.join('')];
    });
  });
}

const files = repositoryConfigs().map((f) => ({ name: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') }));
const corpus = [...files, ...PUBLIC_CONFIGS, ...VARIANTS];

/** Prisma's loader: c12 hands prisma.config.ts to jiti, which transpiles it with its own copy of Babel. */
const jiti = createJiti(__filename, { fsCache: false, moduleCache: false });
const loaderVerdicts = new Map<string, boolean>();
function prismaLoaderRejects(text: string): boolean {
  if (!loaderVerdicts.has(text)) loaderVerdicts.set(text, transpileFails(text));
  return loaderVerdicts.get(text)!;
}

function transpileFails(text: string): boolean {
  // Babel's TypeScript transform warns about exports of undeclared names (`export default makeConfig`): not errors.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    return jiti.transform({ source: text, filename: path.join(REPO, 'prisma.config.ts'), ts: true }).includes('__JITI_ERROR__');
  } finally {
    warn.mockRestore();
  }
}

/**
 * Whether the TypeScript compiler's parser reports a syntax error. It then builds a tree anyway by error recovery,
 * which is no reference: where Babel reads such a text (`process.env.\nX`, valid JavaScript that TypeScript reads
 * as a member being typed), only Prisma's loader can say what it is. `parseDiagnostics` is internal to TypeScript,
 * as typescript-eslint also reads it; `transpileModule` would give the same list at ten times the cost.
 */
function typeScriptReportsSyntaxError(text: string): boolean {
  const ts = typescript();
  const source = ts.createSourceFile('prisma.config.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0;
}

type Outcome = 'read' | 'rejected' | 'read where TypeScript recovers';

/**
 * What Babel made of the text. When it rejected it, Prisma's loader must reject it too (a reported syntax error is
 * never noise); when it read it, its tree and the evaluator's answers must be the TypeScript compiler's, unless
 * the trees differ where TypeScript reports a syntax error itself. `loader`: also hold a text Babel reads to Prisma's loading it (slow).
 */
function expectAsReferences(text: string, loader = true): Outcome {
  let babel;
  try {
    babel = fromBabel(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    expect(prismaLoaderRejects(text)).toBe(true);
    return 'rejected';
  }
  if (loader) expect(prismaLoaderRejects(text)).toBe(false);
  const reference = fromTypeScript('prisma.config.ts', text);
  if (!isDeepStrictEqual(babel, reference) && typeScriptReportsSyntaxError(text)) return 'read where TypeScript recovers';
  expect(babel).toEqual(reference);
  expect(evaluateConfig('db/prisma.config.ts', text, babel)).toEqual(evaluateConfig('db/prisma.config.ts', text, reference));
  return 'read';
}

/** The edits Babel read differently from TypeScript or judged differently from Prisma's loader, named so that a failure shows the text. */
function differing(cases: [string, string][]): { counts: Record<Outcome, number>; differ: [string, string][] } {
  const counts: Record<Outcome, number> = { read: 0, rejected: 0, 'read where TypeScript recovers': 0 };
  const differ: [string, string][] = [];
  for (const c of cases) {
    try {
      counts[expectAsReferences(c[1], false)]++;
    } catch {
      differ.push(c);
    }
  }
  return { counts, differ };
}

describe('fromBabel', () => {
  it.each(corpus.map((c) => [c.name, c.text]))('builds the tree TypeScript builds, or rejects what Prisma rejects: %s', (_name, text) => {
    expectAsReferences(text);
  });

  it.each(SEEDS)('builds the tree TypeScript builds, or rejects what Prisma rejects, for edited variants (seed %i)', (seed) => {
    const { counts, differ } = differing(mutants(20, seed));
    expect(differ).toEqual([]);
    expect(counts.read).toBeGreaterThan(100);
    expect(counts.rejected).toBeGreaterThan(100);
  });

  it('reads every repository config and public config, and compares at least 40 written variants', () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['examples/packages/db/prisma.config.ts', 'actions/prisma-guard/__fixtures__/p7-folder/prisma.config.ts']));
    expect([...files, ...PUBLIC_CONFIGS].filter((c) => expectAsReferences(c.text) === 'rejected').map((c) => c.name)).toEqual([]);
    expect(PUBLIC_CONFIGS.length).toBeGreaterThanOrEqual(4);
    expect(VARIANTS.length).toBeGreaterThanOrEqual(40);
  });

  it('rejects the variants Prisma fails to load, and reads those only TypeScript calls broken', () => {
    const outcome = (o: Outcome) => VARIANTS.filter((v) => expectAsReferences(v.text) === o).map((v) => v.name);
    expect(outcome('rejected')).toEqual(REJECTED);
    expect(outcome('read where TypeScript recovers')).toEqual(TYPESCRIPT_RECOVERS);
  });
});

/** Written for the hand-written parser, which left them to TypeScript's error recovery; Prisma fails to load each. */
const REJECTED: string[] = [
  '?? mixed with || without parentheses',
  'a line break before as',
  'a line break before satisfies',
  'a non-null assertion after a line break',
  'a legacy octal escape',
  'a line break before =>',
  'return outside a function',
  'an optional chain after new',
  'const in type arguments',
  'try without catch or finally',
  'else after a statement on the same line',
  'async and function on separate lines',
  'throw followed by a line break',
];
/** Valid JavaScript that TypeScript reads otherwise and reports as an error; Prisma's loader reads them as Babel does. */
const TYPESCRIPT_RECOVERS: string[] = [
  'a member name on the next line before another word',
  'an arrow function missing its =>, which TypeScript reads as one',
  'import.meta after new, which TypeScript reads as two statements',
];
