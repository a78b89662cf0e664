import type { Finding, Location, TraceStep } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import type { RepoFs } from '@shared/io/repo-fs';
import { ruleOf, type RuleId } from '../rules';
import type { EdgeEntry } from './entries';
import type { ForbiddenTarget } from './graph';
import { fileOf } from './layers';
import type { Chain } from './shortest-chains';

const RULE_OF: Record<ForbiddenTarget['kind'], RuleId> = {
  builtin: 'edge-node-builtin',
  driver: 'edge-db-driver',
  'prisma-import': 'edge-prisma-import',
  'prisma-client': 'edge-prisma-client',
  denied: 'edge-denied-import',
  'dynamic-code': 'edge-eval',
};

/** Positions are computed only for files that appear in a finding, once each. */
export class Locator {
  private readonly indexes = new Map<string, LineIndex>();
  constructor(private readonly fs: RepoFs) {}

  at(file: string, start: number, end?: number): Location {
    let idx = this.indexes.get(file);
    if (!idx) {
      let text = '';
      try {
        text = this.fs.readText(file);
      } catch {
        // An unreadable file still gets a location: line 1.
      }
      this.indexes.set(file, (idx = new LineIndex(text)));
    }
    return idx.locationOfChars(file, start, end);
  }
}


/**
 * One finding per (entry, forbidden target), with the whole chain as its trace. The annotation goes on the
 * first hop in a file the PR changed (where the author can act), else on the entry's import.
 */
export function chainFinding(chain: Chain, entry: EdgeEntry, target: ForbiddenTarget, locator: Locator, touched?: Set<string>, hint?: string): Finding {
  const ruleId = RULE_OF[target.kind];
  const rule = ruleOf(ruleId);
  const trace: TraceStep[] = chain.hops.map((h) => {
    const file = fileOf(h.from);
    const note = h.construction ? `${h.note} at line ${locator.at(file, h.construction.start).line}` : h.note;
    return { location: locator.at(file, h.start, h.end), note };
  });
  const annotated = trace.find((s) => touched?.has(s.location.file)) ?? trace[0];
  const severity = target.uncertain ? 'warning' : rule.severity;
  return rule.report({
    severity,
    message: `${kindWord(entry)} ${entry.file} reaches ${target.label} in ${trace.length} hop${trace.length === 1 ? '' : 's'} (the chain is in the trace)${hint ? `; ${hint}` : ''}`,
    location: annotated.location,
    trace,
    fingerprintKey: `${entry.file}\0${target.key}`,
    // Annotated at the hop a PR touched, but about the entry: the same chain keeps its fingerprint with or without a PR.
    fingerprintFile: entry.file,
    properties: { entry: entry.file, entryKind: entry.kind, target: target.key, hops: trace.length },
  });
}

function kindWord(entry: EdgeEntry): string {
  switch (entry.kind) {
    case 'middleware':
      return 'Middleware';
    case 'instrumentation':
      return 'Instrumentation (edge side)';
    case 'exports-condition':
      return 'Edge export';
    case 'config':
      return 'Edge entry';
    default:
      return 'Edge route';
  }
}

export function simpleFinding(ruleId: RuleId, message: string, location: Location, key: string, severity = ruleOf(ruleId).severity, trace?: TraceStep[]): Finding {
  return ruleOf(ruleId).report({ severity, message, location, fingerprintKey: key, ...(trace ? { trace } : {}) });
}
