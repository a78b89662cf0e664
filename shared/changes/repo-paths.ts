import type { Finding, Location } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { toRepoPath } from './translate';

/**
 * Engines speak guard-root-relative paths (their RepoFs is rooted at `working-directory`); everything that
 * leaves the guard (annotations, check runs, SARIF, JSON, comments) speaks repository-relative ones, which is
 * what GitHub places annotations and code-scanning results by.
 */
export function withRepoPaths(result: GuardResult, prefix: string | undefined): GuardResult {
  if (!prefix) return result;
  const loc = <L extends Location | undefined>(l: L): L => (l ? { ...l, file: toRepoPath(l.file, prefix) } : l);
  const finding = (f: Finding): Finding => ({
    ...f,
    location: loc(f.location),
    ...(f.trace ? { trace: f.trace.map((t) => ({ ...t, location: loc(t.location) })) } : {}),
    ...(f.suppressed?.location ? { suppressed: { ...f.suppressed, location: loc(f.suppressed.location) } } : {}),
  });
  return { ...result, findings: result.findings.map(finding) };
}

export function repoTouched(touched: ReadonlySet<string> | undefined, prefix: string | undefined): Set<string> | undefined {
  return touched ? new Set([...touched].map((p) => toRepoPath(p, prefix))) : undefined;
}
