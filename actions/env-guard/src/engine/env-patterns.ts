/**
 * turbo's env wildcards: `*` matches any run of characters, `\*` a literal star, a leading `!` excludes,
 * and a leading `\!` is a literal `!`. Exclusions apply within the list they are written in.
 * Matches turbo's `wildcard_to_regex_pattern` as mirrored by eslint-plugin-turbo 2.11
 * (`utils/wildcard-processing`).
 */
export const TURBO_EXTENDS_MARKER = '$TURBO_EXTENDS$';

export interface EnvMatcher {
  matches(name: string): boolean;
}

const NEVER: EnvMatcher = { matches: () => false };

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function wildcardToRegex(pattern: string): string {
  let out = '';
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && pattern[i + 1] === '*') {
      literal += '*';
      i++;
    } else if (ch === '*') {
      out += escapeRegex(literal) + '.*';
      literal = '';
    } else literal += ch;
  }
  return out + escapeRegex(literal);
}

export function isWildcard(pattern: string): boolean {
  return /(^|[^\\])\*/.test(pattern);
}

export function isNegation(pattern: string): boolean {
  return pattern.startsWith('!');
}

/** One list's patterns as a matcher: included by some pattern and excluded by none. */
export function compileEnvList(patterns: readonly string[]): EnvMatcher {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const p of patterns) {
    if (p === TURBO_EXTENDS_MARKER || p === '') continue;
    if (p.startsWith('!')) exclude.push(wildcardToRegex(p.slice(1)));
    else include.push(wildcardToRegex(p.startsWith('\\!') ? p.slice(1) : p));
  }
  if (include.length === 0) return NEVER;
  const inc = new RegExp(`^(?:${include.join('|')})$`);
  const exc = exclude.length > 0 ? new RegExp(`^(?:${exclude.join('|')})$`) : undefined;
  return { matches: (name) => inc.test(name) && !exc?.test(name) };
}
