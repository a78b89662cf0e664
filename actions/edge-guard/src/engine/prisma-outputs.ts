import { findPrismaProjects } from '@shared/prisma/find-projects';
import type { RepoFs } from '@shared/io/repo-fs';
import { dirOf, joinRel } from '@shared/io/repo-path';

export interface PrismaClientOutput {
  schema: string;
  generator: string;
  /** Repository-relative directory of the generated client. */
  dir: string;
}

const GENERATOR = /^[ \t]*generator\s+(\w+)\s*\{([^}]*)\}/gm;
const OUTPUT = /^\s*output\s*=\s*"([^"]*)"/m;

/**
 * Where Prisma generators write their clients: Prisma 7's `prisma-client` generator has no default output,
 * so edge code reaches the client through relative imports into that directory, not `@prisma/client`.
 * The schemas are found the way Prisma finds them (shared discovery: prisma.config.ts, package.json, defaults);
 * the `output` lines are read with a small parser because the WASM engine is not needed for one string.
 */
export function findPrismaClientOutputs(fs: RepoFs): PrismaClientOutput[] {
  const { projects, strays } = findPrismaProjects(fs);
  const schemas = new Set([...projects.flatMap((p) => p.schemaFiles), ...strays]);
  const out: PrismaClientOutput[] = [];
  for (const schema of schemas) {
    let text: string;
    try {
      text = fs.readText(schema);
    } catch {
      continue;
    }
    for (const m of text.matchAll(GENERATOR)) {
      const output = OUTPUT.exec(m[2]);
      if (output?.[1]) out.push({ schema, generator: m[1], dir: joinRel(dirOf(schema), output[1]) });
    }
  }
  return out;
}
