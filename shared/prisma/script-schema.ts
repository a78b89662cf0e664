import type { RepoFs } from '@shared/io/repo-fs';
import { joinRel } from '@shared/io/repo-path';
import type { SchemaSource } from './types';

/** A command word that runs Prisma's CLI: `prisma`, `./node_modules/.bin/prisma`, `prisma@6` (npx/pnpm dlx). */
const PRISMA_BIN = /^(?:.*\/)?prisma(?:@[^\s]*)?$/;

/**
 * The schema a package.json script passes to `prisma` with `--schema X` or `--schema=X`. Package managers
 * run scripts in the package's directory, which is where Prisma resolves the path. The first script
 * (in key order) that names one wins; a script without `prisma` as a command word is not read.
 */
export function schemaFromScripts(fs: RepoFs, dir: string): { path: string; source: SchemaSource } | undefined {
  const file = joinRel(dir, 'package.json');
  if (!fs.isFile(file)) return undefined;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(fs.readText(file)) as { scripts?: unknown }).scripts;
  } catch {
    return undefined; // the package.json reader reports it
  }
  if (!scripts || typeof scripts !== 'object') return undefined;
  for (const command of Object.values(scripts as Record<string, unknown>)) {
    if (typeof command !== 'string') continue;
    const named = schemaArgument(command);
    if (named !== undefined) return { path: joinRel(dir, named), source: 'script' };
  }
  return undefined;
}

/** The `--schema` value of the first `prisma` command in a shell line (`a && prisma generate --schema=x`). */
export function schemaArgument(command: string): string | undefined {
  for (const part of command.split(/&&|\|\||[;|]/)) {
    const words = part.trim().split(/\s+/).map(unquote);
    const at = words.findIndex((w) => PRISMA_BIN.test(w));
    if (at < 0) continue;
    for (let i = at + 1; i < words.length; i++) {
      if (words[i].startsWith('--schema=')) return words[i].slice('--schema='.length) || undefined;
      if (words[i] === '--schema' && words[i + 1] && !words[i + 1].startsWith('-')) return words[i + 1];
    }
  }
  return undefined;
}

function unquote(word: string): string {
  return /^(['"]).*\1$/.test(word) ? word.slice(1, -1) : word;
}
