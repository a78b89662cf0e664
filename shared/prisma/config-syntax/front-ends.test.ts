import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFast } from './parse-fast';
import { fromTypeScript } from './from-typescript';
import { evaluateConfig } from '@shared/prisma/read-config';
import { CONFIG_NAMES } from '@shared/prisma/find-projects';
import { SUPPORTED, UNSUPPORTED } from './__fixtures__/config-variants';

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
  return SUPPORTED.flatMap((v) => {
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
const corpus = [...files, ...SUPPORTED, ...UNSUPPORTED];

/** Whether parse-fast declined the text; when it did not, its tree and answers must be TypeScript's. */
function expectSameAsTypeScript(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return false;
  const reference = fromTypeScript('prisma.config.ts', text);
  expect(fast).toEqual(reference);
  expect(evaluateConfig('db/prisma.config.ts', text, fast)).toEqual(evaluateConfig('db/prisma.config.ts', text, reference));
  return true;
}

/** The edits parse-fast read differently from TypeScript, named so that a failure shows the text. */
function differing(cases: [string, string][]): { read: number; differ: [string, string][] } {
  let read = 0;
  const differ: [string, string][] = [];
  for (const c of cases) {
    try {
      if (expectSameAsTypeScript(c[1])) read++;
    } catch {
      differ.push(c);
    }
  }
  return { read, differ };
}

describe('parseFast', () => {
  it.each(corpus.map((c) => [c.name, c.text]))('builds the tree TypeScript builds, or declines: %s', (_name, text) => {
    expectSameAsTypeScript(text);
  });

  it.each(SEEDS)('builds the tree TypeScript builds, or declines, for edited variants (seed %i)', (seed) => {
    const { read, differ } = differing(mutants(20, seed));
    expect(differ).toEqual([]);
    expect(read).toBeGreaterThan(0);
  });

  it('compares the repository configs and at least 40 written variants', () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['examples/packages/db/prisma.config.ts', 'actions/prisma-guard/__fixtures__/p7-folder/prisma.config.ts']));
    expect(SUPPORTED.length + UNSUPPORTED.length).toBeGreaterThanOrEqual(40);
  });
});
