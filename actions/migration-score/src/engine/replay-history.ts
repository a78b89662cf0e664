import type { EngineContext } from '@shared/action/guard';
import { LineIndex } from '@shared/findings/positions';
import { migrationFilesIn } from './migrations-dir';
import { parseStatements } from './parse-sql';
import { decodeMigration } from './read-migration';
import type { SchemaState } from './schema-state';

/**
 * Applies the folder's migrations that come before the first one being scored, so rules know the
 * column types, enum values and checks that exist. Files that do not read or parse are skipped:
 * what they would have built stays unknown, and unknown objects count as existing.
 */
export function replayHistory(ctx: EngineContext, dir: string, scored: readonly string[], state: SchemaState): void {
  const selected = new Set(scored);
  const first = scored.filter((f) => f.startsWith(`${dir}/`)).sort()[0];
  for (const file of migrationFilesIn(ctx.fs, dir)) {
    if (first !== undefined && file >= first) break;
    if (selected.has(file)) continue;
    let bytes: Buffer;
    try {
      bytes = ctx.fs.readBytes(file);
    } catch {
      continue;
    }
    const decoded = decodeMigration(bytes);
    if (!decoded.ok) continue;
    const parsed = parseStatements(decoded.text, new LineIndex(decoded.text));
    if (!parsed.ok) {
      ctx.logger.debug(`history: ${file} does not parse (${parsed.message}); skipped`);
      continue;
    }
    for (const s of parsed.statements) state.apply(s);
  }
  state.settle();
}
