// Edge-safe: only Web APIs.
export function readSession(): boolean {
  return typeof crypto !== 'undefined';
}
