import * as path from 'node:path';
import { compareFindings, type Finding } from '@shared/findings/finding';
import type { Cell, GuardResult, Section } from '@shared/findings/result';
import type { MigrationScoreInputs } from '../inputs';
import type { Judgement, MigrationVerdict } from './judge';
import type { Selection } from './select-files';

/** Statements longer than this are cut in the report's SQL sections. */
const MAX_STATEMENT_CHARS = 1500;
const MAX_STATEMENTS_PER_MIGRATION = 15;
/** A PR has a handful of migrations; `all` may have thousands, and the summary must stay readable (and under 1 MiB). */
const MAX_TABLE_ROWS = 200;
const MAX_SQL_SECTIONS = 10;

/** Outputs, headline, the per-migration table, the SQL of flagged statements, and the JSON data. */
export function buildResult(j: Judgement, selection: Selection, inputs: MigrationScoreInputs): GuardResult {
  const n = j.migrations.length;
  const worst = [...j.migrations].sort((a, b) => b.risk - a.risk)[0];
  const headline =
    n === 0
      ? (selection.note ?? 'No migration to score')
      : `${n} migration${n === 1 ? '' : 's'} scored, worst risk ${j.risk.toFixed(2)}${worst && worst.risk > 0 ? ` (${nameOf(worst.analysis.file)})` : ''}${j.regressive ? ', regressive' : ''}`;
  const sections: Section[] = [];
  // Riskiest first when the list is cut; in file order (the order they deploy in) otherwise.
  const shown = n > MAX_TABLE_ROWS ? [...j.migrations].sort((a, b) => b.risk - a.risk).slice(0, MAX_TABLE_ROWS) : j.migrations;
  if (n > 0) {
    const rows = shown.map((m) => migrationRow(m));
    if (n > shown.length) rows.push([`… ${n - shown.length} more (lower risk) in the JSON report`, '', '', '']);
    sections.push({ kind: 'table', title: 'Migrations', headers: ['Migration', 'Risk', 'Regressive', 'Top findings'], rows });
  }
  const withSql = j.migrations.filter((m) => m.risk > 0 || m.analysis.findings.length > 0);
  const sqlShown = withSql.length > MAX_SQL_SECTIONS ? [...withSql].sort((a, b) => b.risk - a.risk).slice(0, MAX_SQL_SECTIONS) : withSql;
  for (const m of sqlShown) {
    const code = flaggedSql(m);
    if (code) sections.push({ kind: 'code', title: `Flagged statements in ${m.analysis.file}`, language: 'sql', code });
  }
  return {
    guard: 'migration-score',
    findings: [...j.findings].sort(compareFindings),
    outputs: { 'risk-score': j.risk.toFixed(2), regressive: String(j.regressive), migrations: String(n) },
    headline,
    sections,
    data: {
      mode: selection.mode,
      maxRisk: inputs.maxRisk,
      pgVersion: inputs.pgVersion,
      riskScore: j.risk,
      regressive: j.regressive,
      migrations: j.migrations.map((m) => ({
        file: m.analysis.file,
        name: nameOf(m.analysis.file),
        risk: m.risk,
        unapprovedRisk: m.unapprovedRisk,
        regressive: m.regressive,
        scorable: !m.analysis.unscorable,
        statements: m.analysis.statements.length,
        findings: countByRule(m.analysis.findings),
        approvals: m.analysis.findings.filter((f) => f.suppressed?.kind === 'approval').map((f) => ({ rule: f.ruleId, reason: f.suppressed!.reason, line: f.location?.line })),
      })),
    },
  };
}

/** Prisma's folder name (`20240101000000_add_users`) for its migration.sql, else the path. */
export function nameOf(file: string): string {
  return path.posix.basename(file) === 'migration.sql' ? path.posix.basename(path.posix.dirname(file)) : file;
}

function migrationRow(m: MigrationVerdict): Cell[] {
  const top = m.analysis.findings
    .filter((f) => f.suppressed?.kind !== 'ignore')
    .sort((a, b) => Number(b.properties?.risk ?? 0) - Number(a.properties?.risk ?? 0) || compareFindings(a, b))
    .slice(0, 3)
    .map((f) => `${f.ruleId}${f.location ? ` (line ${f.location.line})` : ''}${f.suppressed ? ' — approved' : ''}`);
  const risk = m.unapprovedRisk < m.risk ? `${m.risk.toFixed(2)} (${m.unapprovedRisk.toFixed(2)} unapproved)` : m.risk.toFixed(2);
  return [{ code: nameOf(m.analysis.file) }, risk, m.regressive ? 'yes' : 'no', top.join(', ') || '—'];
}

function flaggedSql(m: MigrationVerdict): string {
  const byStatement = new Map<number, Finding[]>();
  for (const f of m.analysis.findings) {
    const idx = Number(f.properties?.statement ?? 0) - 1;
    if (idx < 0 || f.suppressed?.kind === 'ignore') continue;
    byStatement.set(idx, [...(byStatement.get(idx) ?? []), f]);
  }
  const blocks: string[] = [];
  for (const [idx, fs] of [...byStatement].sort((a, b) => a[0] - b[0]).slice(0, MAX_STATEMENTS_PER_MIGRATION)) {
    const s = m.analysis.statements[idx];
    if (!s) continue;
    const line = fs[0].location?.line ?? 0;
    const rules = [...new Set(fs.map((f) => f.ruleId + (f.suppressed ? ' (approved)' : '')))].join(', ');
    const text = s.text.length > MAX_STATEMENT_CHARS ? `${s.text.slice(0, MAX_STATEMENT_CHARS)}\n-- … cut (${s.text.length} characters)` : s.text;
    blocks.push(`-- line ${line}: ${rules}\n${text};`);
  }
  if (byStatement.size > MAX_STATEMENTS_PER_MIGRATION) blocks.push(`-- … ${byStatement.size - MAX_STATEMENTS_PER_MIGRATION} more flagged statement(s)`);
  return blocks.join('\n\n');
}

function countByRule(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}
