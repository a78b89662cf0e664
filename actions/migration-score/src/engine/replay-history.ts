import type { EngineContext } from '@shared/action/guard';
import { LineIndex } from '@shared/findings/positions';
import { migrationFilesIn } from './migrations-dir';
import { parseStatements } from './parse-sql';
import { decodeMigration } from './read-migration';
import type { SchemaState } from './schema-state';

export interface HistoryScope {
  /** The migrations being scored: they are not history. */
  scored: ReadonlySet<string>;
  /** Replay only the files that sort before this one (with `paths`: the history before the first scored file). */
  before?: string;
  /** The text a file had when the databases applied it, when it differs from the working tree (an edited migration). */
  appliedText?: (file: string) => string | undefined;
}

/**
 * Applies the folder's history to the schema state and settles it, so rules know the tables, column
 * types, enum values and constraints that exist and hold rows. Files that do not read or parse are
 * skipped: what they would have built stays unknown, and unknown objects count as existing.
 */
export function replayHistory(ctx: EngineContext, dir: string, scope: HistoryScope, state: SchemaState): void {
  for (const file of migrationFilesIn(ctx.fs, dir)) {
    if (scope.before !== undefined && file >= scope.before) break;
    if (scope.scored.has(file)) continue;
    const text = scope.appliedText?.(file) ?? readText(ctx, file);
    if (text === undefined) continue;
    const parsed = parseStatements(text, new LineIndex(text));
    if (!parsed.ok) {
      ctx.logger.debug(`history: ${file} does not parse (${parsed.message}); skipped`);
      continue;
    }
    for (const s of parsed.statements) state.apply(s);
  }
  state.settle();
}

function readText(ctx: EngineContext, file: string): string | undefined {
  try {
    const decoded = decodeMigration(ctx.fs.readBytes(file));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
