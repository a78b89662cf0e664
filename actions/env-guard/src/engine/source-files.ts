import type { RepoFs } from '@shared/io/repo-fs';

export const SOURCE_GLOBS = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

/** Build output and vendored code: reads there are copies of reads in the sources, or not ours. */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/out/**', '**/coverage/**', '**/.turbo/**', '**/*.d.ts', '**/*.min.js'];

/** Source files of one workspace, repository-relative, minus the nested workspaces (they are scanned as themselves). */
export function sourceFilesOf(fs: RepoFs, dir: string, nested: readonly string[], ignore: readonly string[]): string[] {
  const files = fs.glob(SOURCE_GLOBS, { cwd: dir, ignore: [...DEFAULT_IGNORES, ...ignore] });
  return files.filter((f) => !nested.some((n) => f.startsWith(`${n}/`)));
}

/** `env("X")` in Prisma schemas: a declared variable read there is not unused, though no TypeScript reads it. */
export function prismaEnvNames(fs: RepoFs, dir: string): string[] {
  const names: string[] = [];
  for (const file of fs.glob(['**/*.prisma'], { cwd: dir, ignore: DEFAULT_IGNORES })) {
    for (const m of fs.readText(file).matchAll(/\benv\(\s*"([^"]+)"\s*\)/g)) names.push(m[1]);
  }
  return names;
}
