import * as ts from 'typescript';
import { findWrappers } from '../src/engine/wrappers';

const sources = (files: Record<string, string>) =>
  Object.entries(files).map(([file, text]) => ({ file, text, source: () => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) }));

describe('findWrappers', () => {
  it('finds functions that read the variable a parameter names, directly or through another wrapper', () => {
    // The shape of documenso's packages/lib/utils/env.ts (AGPL-3.0), rewritten: env() reads process?.env?.[variable], requireEnv() calls env(variable).
    const readers = findWrappers(
      sources({
        'lib/env.ts': "export const env = <K extends string>(variable: K) => {\n  if (typeof window !== 'undefined') return window.__ENV__[variable];\n  return (typeof process !== 'undefined' ? process?.env?.[variable] : undefined);\n};\n",
        'lib/require.ts': "import { env } from './env';\nexport const requireEnv = (variable: string, error?: Error) => {\n  const value = env(variable);\n  if (!value) throw error;\n  return value;\n};\n",
        'lib/get.ts': "export function getSetting(fallback: string, key: string) { return process.env[key] ?? fallback; }\n",
        'lib/other.ts': "export const pick = (o: Record<string, string>, k: string) => o[k];\nexport function nested(k: string) { return () => process.env[k]; }\n",
      }),
      new Map([['custom', 1]]),
    );
    expect([...readers]).toEqual([['custom', 1], ['env', 0], ['getSetting', 1], ['requireEnv', 0]]);
  });
});
