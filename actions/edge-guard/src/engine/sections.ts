import type { Finding } from '@shared/findings/finding';
import type { Section } from '@shared/findings/result';
import type { EdgeEntry } from './entries';
import type { UnresolvedImport } from './graph';
import type { Chain } from './shortest-chains';

/** The full chains, the entries and the unresolved imports, for the summary and the comment. */
export function buildSections(entries: EdgeEntry[], chains: { chain: Chain; finding: Finding }[], unresolved: UnresolvedImport[]): Section[] {
  const sections: Section[] = [];
  if (chains.length > 0) {
    sections.push({
      kind: 'code',
      title: 'Import chains from edge code to Node-only modules',
      language: 'text',
      code: chains
        .map(({ finding }) => {
          const hops = finding.trace!.map((s, i) => `${'  '.repeat(i)}${i === 0 ? '' : '→ '}${s.location.file}:${s.location.line}  ${s.note}`);
          const state = finding.suppressed ? ` (accepted: ${finding.suppressed.reason})` : '';
          return [`[${finding.severity}] ${finding.ruleId}${state}`, ...hops].join('\n');
        })
        .join('\n\n'),
    });
  }
  sections.push({
    kind: 'table',
    title: 'Edge entries',
    headers: ['Entry', 'Why it runs on the edge'],
    rows: entries.map((e) => [{ code: e.file }, e.why]),
  });
  if (unresolved.length > 0) {
    sections.push({
      kind: 'table',
      title: 'Imports that could not be resolved (not checked beyond this point)',
      headers: ['File', 'Import', 'Reason'],
      rows: unresolved.map((u) => [{ code: u.file }, { code: u.specifier }, u.reason]),
    });
  }
  return sections;
}
