import type { TypeName } from 'libpg-query';
import { baseTypeName, nodeAs } from './pg-ast';

const TEXTUAL = new Set(['text', 'varchar']);

function modifiers(t: TypeName): number[] {
  return (t.typmods ?? []).map((m) => nodeAs(m, 'A_Const')?.ival?.ival ?? 0);
}

/**
 * Whether PostgreSQL changes the type without rewriting the table or checking a row: the binary-coercible
 * changes of https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES
 * (varchar growing or losing its limit, varchar to text, numeric gaining precision at the same scale).
 */
export function isBinaryCompatible(from: TypeName, to: TypeName): boolean {
  if ((from.arrayBounds?.length ?? 0) !== (to.arrayBounds?.length ?? 0)) return false;
  const a = baseTypeName(from);
  const b = baseTypeName(to);
  const am = modifiers(from);
  const bm = modifiers(to);
  if (TEXTUAL.has(a) && TEXTUAL.has(b)) {
    if (b === 'text' || bm.length === 0) return true;
    return a === 'varchar' && am.length > 0 && bm[0] >= am[0];
  }
  if (a === 'numeric' && b === 'numeric') {
    if (bm.length === 0) return true;
    return am.length > 0 && (am[1] ?? 0) === (bm[1] ?? 0) && bm[0] >= am[0];
  }
  return a === b && am.length === bm.length && am.every((m, i) => m === bm[i]);
}
