import type { Finding, Location, Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import type { ReportOptions, ReporterOutput } from './report-options';
import { compareStrings } from '../compare';
import { escapeMarkdown } from './escape';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** GitHub code scanning refuses a thread flow of more than 10,000 locations. */
export const SARIF_MAX_FLOW_LOCATIONS = 10_000;

/**
 * A repository-relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `?`, `%`
 * and spaces in a file name stay part of the path instead of starting a fragment or a query.
 */
export function sarifUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function physical(loc: Location) {
  const region: Record<string, number> = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
  if (loc.endLine) region.endLine = loc.endLine;
  if (loc.endColumn) region.endColumn = loc.endColumn;
  return { physicalLocation: { artifactLocation: { uri: sarifUri(loc.file), uriBaseId: '%SRCROOT%' }, region } };
}

/** `ban-drop-table` as `BanDropTable`: SARIF's rule name is a readable identifier distinct from the id. */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return name && name !== id ? name : `${id}Rule`;
}

function rulesOf(findings: Finding[]) {
  const byId = new Map<string, Finding>();
  for (const f of findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, f);
  return [...byId.values()]
    .sort((a, b) => compareStrings(a.ruleId, b.ruleId))
    .map((f) => {
      const summary = f.category ? `${f.category}: ${f.ruleId}` : f.ruleId;
      const help = f.help ?? f.message;
      return {
        id: f.ruleId,
        name: ruleName(f.ruleId),
        shortDescription: { text: summary },
        fullDescription: { text: f.help ? `${summary}. ${f.help}` : summary },
        ...(f.docsUrl ? { helpUri: f.docsUrl } : {}),
        // Code scanning renders help.markdown: the text is escaped there as in every other Markdown output.
        help: { text: help, ...(f.docsUrl ? { markdown: `${escapeMarkdown(help)}\n\n[Rule documentation](${encodeURI(f.docsUrl).replace(/[()]/g, encodeURIComponent)})` } : {}) },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: f.category ? { tags: [f.category] } : {},
      };
    });
}

function codeFlow(f: Finding) {
  const steps = f.trace ?? [];
  const shown = steps.length > SARIF_MAX_FLOW_LOCATIONS ? steps.slice(0, SARIF_MAX_FLOW_LOCATIONS - 1) : steps;
  const locations = shown.map((s) => ({ location: { ...physical(s.location), message: { text: s.note || `${s.location.file}:${s.location.line}` } } }));
  if (shown.length < steps.length) {
    const last = steps[steps.length - 1];
    // The last step stays (it is where the flow ends); the note counts what was left out before it.
    locations.push({ location: { ...physical(last.location), message: { text: `${steps.length - shown.length - 1} more step(s) not shown (GitHub takes ${SARIF_MAX_FLOW_LOCATIONS} per flow); then: ${last.note}` } } });
  }
  return [{ message: { text: f.message }, threadFlows: [{ locations }] }];
}

/**
 * SARIF 2.1.0, one run per action; traces become code flows, suppressions are kept with their reason. A finding
 * about the repository as a whole points at `options.repositoryFile` (the file that decides it: the config, or
 * the guard's main input), since code scanning drops a result without a location.
 */
export function reportSarif(result: GuardResult, options: ReportOptions): ReporterOutput {
  const rules = rulesOf(result.findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const fallback: Location = { file: options.repositoryFile ?? '.bickford.yml', line: 1, column: 1 };
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [physical(f.location ?? fallback)],
    partialFingerprints: { 'bickford/v1': f.fingerprint },
    ...(f.trace && f.trace.length > 0 ? { codeFlows: codeFlow(f) } : {}),
    // Found at the base too (new-code mode): unchanged, not dismissed; a baseline file is a suppression kept outside the source.
    ...(f.suppressed?.kind === 'existing'
      ? { baselineState: 'unchanged' }
      : f.suppressed
        ? { suppressions: [{ kind: f.suppressed.kind === 'baseline' ? 'external' : 'inSource', status: 'accepted', justification: `${f.suppressed.kind}: ${f.suppressed.reason}` }] }
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
