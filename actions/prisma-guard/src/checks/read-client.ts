import type { RepoFs } from '@shared/io/repo-fs';

export interface GeneratedClient {
  /** The file the schema was read from. */
  file: string;
  /** The schema the client was generated from: Prisma 7's `inlineSchema`, or Prisma 6's copied schema.prisma. */
  schema?: string;
  schemaIsCopy: boolean;
  clientVersion?: string;
}

/** Files where a generated client keeps `inlineSchema` and `clientVersion`, by generator and module format. */
const INLINE_FILES = ['internal/class.ts', 'internal/class.mts', 'internal/class.cts', 'internal/class.js', 'internal/class.mjs', 'index.js', 'default.js', 'edge.js'];

/**
 * What a generated client says about its origin. Prisma 6's prisma-client-js copies schema.prisma beside
 * the client; Prisma 7's prisma-client inlines the merged schema as a JSON string in internal/class.ts.
 */
export function readGeneratedClient(fs: RepoFs, output: string): GeneratedClient | undefined {
  if (!fs.isDirectory(output)) return undefined;
  let found: GeneratedClient | undefined;
  for (const name of INLINE_FILES) {
    const file = `${output}/${name}`;
    if (!fs.isFile(file)) continue;
    const text = fs.readText(file);
    const schema = jsonStringAfter(text, 'inlineSchema');
    const clientVersion = jsonStringAfter(text, 'clientVersion');
    if (schema !== undefined || clientVersion !== undefined) {
      found = { file, schema, schemaIsCopy: false, clientVersion };
      break;
    }
  }
  const copy = `${output}/schema.prisma`;
  if (fs.isFile(copy)) return { file: copy, schema: fs.readText(copy), schemaIsCopy: true, clientVersion: found?.clientVersion };
  return found;
}

/** The JSON string value after `"key":` (or `key:`), decoded; generated files write it either way. */
function jsonStringAfter(text: string, key: string): string | undefined {
  const m = new RegExp(`["']?${key}["']?\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}
