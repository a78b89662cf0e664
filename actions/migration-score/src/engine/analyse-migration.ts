import type { Finding } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import type { Rule, RuleSettings } from '../rules/types';
import { emptyMigration, notAnalysed, syntaxError, unreadableMigration } from '../rules/meta-rules';
import { commentsBetween } from './comments';
import { applyDirectives } from './apply-directives';
import { parseDirectives } from './directives';
import { parsePrismaWarnings } from './prisma-warnings';
import { attachPrismaWarnings } from './attach-warnings';
import { parseStatements, type Statement } from './parse-sql';
import { decodeMigration } from './read-migration';
import { normaliseSql, runRules } from './run-rules';
import { findUnanalysed } from './not-analysed';
import type { SchemaState } from './schema-state';

/** What the report needs of a statement once it is checked: its text, not its parse tree. */
export type CheckedStatement = Omit<Statement, 'node'>;

export interface MigrationAnalysis {
  file: string;
  findings: Finding[];
  /** Without parse trees: keeping 5,000 migrations' trees until the report doubled the time spent in GC. */
  statements: CheckedStatement[];
  /** Set when the file could not be read or parsed: it scores 1.0, whatever else is known. */
  unscorable: boolean;
  lines?: LineIndex;
}

export interface AnalyseOptions {
  rules: readonly Rule[];
  settings: RuleSettings;
  /** Rule ids that suppressions may name (every registered rule, enabled or not). */
  knownRules: ReadonlySet<string>;
  /** State rules keep across the run's files (once-per-PR findings); a fresh one per file when absent. */
  runState?: Map<Rule, object>;
}

/** Reads, parses and checks one migration file against the schema as it stands; then applies it to the schema. */
export function analyseMigration(file: string, bytes: Buffer, schema: SchemaState, options: AnalyseOptions): MigrationAnalysis {
  const decoded = decodeMigration(bytes);
  if (!decoded.ok) {
    const at = new LineIndex(decoded.prefix).positionOfChar(decoded.prefix.length);
    const finding = metaFinding(unreadableMigration, decoded.problem, { detail: decoded.detail }, { file, ...at }, `${decoded.problem}`);
    return { file, findings: [finding], statements: [], unscorable: true };
  }
  const { text } = decoded;
  const lines = new LineIndex(text);
  const parsed = parseStatements(text, lines);
  if (!parsed.ok) {
    const location = lines.locationOfChars(file, parsed.charOffset);
    const finding = metaFinding(syntaxError, 'syntax', { message: parsed.message }, location, `${parsed.message}\0${lines.lineText(location.line).trim()}`);
    return { file, findings: [finding], statements: [], unscorable: true, lines };
  }
  const { statements } = parsed;
  if (statements.length === 0) {
    return { file, findings: [metaFinding(emptyMigration, 'empty', {}, { file, line: 1, column: 1 }, 'empty')], statements, unscorable: false, lines };
  }
  const comments = commentsBetween(text, statements);
  const findings = runRules({ file, text, lines, statements }, options.rules, schema, options.settings, options.runState);
  for (const u of findUnanalysed(statements)) {
    const location = u.byte !== undefined ? lines.locationOfBytes(file, u.byte) : lines.locationOfChars(file, u.statement.startChar);
    const finding = metaFinding(notAnalysed, u.messageId, u.data, location, `${u.messageId}\0${normaliseSql(u.statement.text)}`);
    finding.properties = { ...finding.properties, statement: u.statement.index + 1 };
    findings.push(finding);
  }
  attachPrismaWarnings(findings, parsePrismaWarnings(comments), lines, file);
  const problems = applyDirectives(findings, parseDirectives(comments), { file, lines, knownRules: options.knownRules });
  return { file, findings: [...findings, ...problems], statements: statements.map(({ node: _, ...rest }) => rest), unscorable: false, lines };
}

function metaFinding(rule: Rule, messageId: string, data: Record<string, string>, location: Finding['location'], key: string): Finding {
  return rule.report({
    messageId,
    data,
    ...(location ? { location } : {}),
    fingerprintKey: key,
    properties: { messageId },
  });
}
