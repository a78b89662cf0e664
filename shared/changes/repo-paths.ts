import type { Finding, Location } from '../findings/finding';
import type { Cell, GuardResult, Section } from '../findings/result';
import { toRepoPath } from './translate';

/**
 * Engines speak guard-root-relative paths (their RepoFs is rooted at `working-directory`); everything that
 * leaves the guard (annotations, check runs, SARIF, JSON, comments, summaries) speaks repository-relative ones,
 * which is what GitHub places annotations and code-scanning results by, and what a reader finds in the repository.
 * This is the one place that translates, for the whole result:
 * - findings: every location, trace step and suppression location;
 * - `data`: the fields the guard declares in `dataPaths` (its GuardDefinition);
 * - the headline, the sections and the findings' messages (text for people): every word that is one of the paths
 *   above (a finding's file or a declared data path), e.g. `prisma/schema.prisma` or `src/db.ts:3`. A path with a
 *   space or a colon is left as it is there (the JSON's data and locations still carry it translated).
 * Fingerprints were computed by the engine from guard-root paths, so baselines do not depend on the prefix.
 */
export function withRepoPaths(result: GuardResult, prefix: string | undefined, dataPaths: readonly string[] = []): GuardResult {
  if (!prefix) return result;
  const known = new Set<string>();
  const repo = (rel: string) => {
    known.add(rel);
    return toRepoPath(rel, prefix);
  };
  const loc = <L extends Location | undefined>(l: L): L => (l ? { ...l, file: repo(l.file) } : l);
  const finding = (f: Finding): Finding => ({
    ...f,
    location: loc(f.location),
    ...(f.trace ? { trace: f.trace.map((t) => ({ ...t, location: loc(t.location) })) } : {}),
    ...(f.suppressed?.location ? { suppressed: { ...f.suppressed, location: loc(f.suppressed.location) } } : {}),
  });
  const located = result.findings.map(finding);
  const data = result.data && dataPaths.length > 0 ? (translateAt(result.data, dataPaths, repo) as Record<string, unknown>) : result.data;
  // '.' is a folder name in data (the guard root itself), never a word to rewrite in prose.
  known.delete('.');
  known.delete('');
  const word = (w: string): string => {
    if (known.has(w)) return toRepoPath(w, prefix);
    // A sentence may end right after a path: `… in prisma/schema.prisma.`
    const bare = w.replace(/\.+$/, '');
    return bare !== w && known.has(bare) ? `${toRepoPath(bare, prefix)}${w.slice(bare.length)}` : w;
  };
  const text = (s: string) => (known.size === 0 ? s : s.replace(WORD, word));
  return {
    ...result,
    findings: located.map((f) => ({ ...f, message: text(f.message) })),
    headline: text(result.headline),
    ...(result.sections ? { sections: result.sections.map((s) => translateSection(s, text)) } : {}),
    ...(data ? { data } : {}),
  };
}

/** A run of characters that can be a path in prose: stops at spaces, quotes, brackets, commas and colons (`file:line`). */
const WORD = /[^\s'"`()[\]{}<>,:;]+/g;

function translateSection(s: Section, text: (s: string) => string): Section {
  const title = text(s.title);
  if (s.kind === 'code') return { ...s, title, code: text(s.code) };
  if (s.kind === 'text') return { ...s, title, lines: s.lines.map(text) };
  const cell = (c: Cell): Cell => (typeof c === 'string' ? text(c) : { code: text(c.code) });
  return { ...s, title, rows: s.rows.map((r) => r.map(cell)) };
}

/**
 * Translates the strings at each dotted pattern (`chains.*.hops.*.file`: `*` is every element of a list or
 * value of an object). A pattern that names nothing in this result (an optional field) translates nothing.
 */
function translateAt(value: unknown, patterns: readonly string[], repo: (rel: string) => string): unknown {
  let out = value;
  for (const p of patterns) out = walk(out, p.split('.'), repo);
  return out;
}

function walk(value: unknown, segments: string[], repo: (rel: string) => string): unknown {
  if (segments.length === 0) return typeof value === 'string' ? repo(value) : value;
  const [head, ...rest] = segments;
  if (Array.isArray(value)) return head === '*' ? value.map((v) => walk(v, rest, repo)) : value;
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (head === '*') return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v, rest, repo)]));
  if (!(head in obj)) return value;
  return { ...obj, [head]: walk(obj[head], rest, repo) };
}

export function repoTouched(touched: ReadonlySet<string> | undefined, prefix: string | undefined): Set<string> | undefined {
  return touched ? new Set([...touched].map((p) => toRepoPath(p, prefix))) : undefined;
}
