import type { Finding, Location, Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import type { ReportOptions, ReporterOutput } from './report-options';
import { compareStrings } from '../compare';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

function physical(loc: Location) {
  const region: Record<string, number> = { startLine: loc.line, startColumn: loc.column };
  if (loc.endLine) region.endLine = loc.endLine;
  if (loc.endColumn) region.endColumn = loc.endColumn;
  return { physicalLocation: { artifactLocation: { uri: encodeURI(loc.file), uriBaseId: '%SRCROOT%' }, region } };
}

function rulesOf(findings: Finding[]) {
  const byId = new Map<string, Finding>();
  for (const f of findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, f);
  return [...byId.values()]
    .sort((a, b) => compareStrings(a.ruleId, b.ruleId))
    .map((f) => ({
      id: f.ruleId,
      name: f.ruleId,
      shortDescription: { text: f.category ? `${f.category}: ${f.ruleId}` : f.ruleId },
      ...(f.docsUrl ? { helpUri: f.docsUrl } : {}),
      help: { text: f.help ?? f.message },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: f.category ? { tags: [f.category] } : {},
    }));
}

/** SARIF 2.1.0, one run per action; traces become code flows, suppressions are kept with their reason. */
export function reportSarif(result: GuardResult, options: ReportOptions): ReporterOutput {
  const rules = rulesOf(result.findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    ...(f.location ? { locations: [physical(f.location)] } : {}),
    partialFingerprints: { 'bickford/v1': f.fingerprint },
    ...(f.trace && f.trace.length > 0
      ? {
          codeFlows: [
            {
              threadFlows: [
                { locations: f.trace.map((s) => ({ location: { ...physical(s.location), message: { text: s.note } } })) },
              ],
            },
          ],
        }
      : {}),
    ...(f.suppressed
      ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: `${f.suppressed.kind}: ${f.suppressed.reason}` }] }
      : {}),
    ...(f.properties ? { properties: f.properties } : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `bickford-${result.guard}`,
            informationUri: 'https://github.com/bickford/actions',
            version: options.version,
            rules,
          },
        },
        automationDetails: { id: `bickford/${result.guard}/` },
        results,
      },
    ],
  };
  return { output: `${JSON.stringify(sarif, null, 2)}\n` };
}
