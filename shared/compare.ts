/**
 * Orders strings by UTF-16 code unit, as `Array.prototype.sort()` does. Used instead of `localeCompare`
 * wherever an order reaches a report or a hash: collation depends on the ICU data and the process's locale,
 * so two runners could order (and hash) the same names differently, and it is ~10x slower.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
