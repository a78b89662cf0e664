import { createFinding, type Finding } from '@shared/findings/finding';
import type { LineIndex } from '@shared/findings/positions';
import type { Rule, RuleContext, RuleSettings, ReportDescriptor } from '../rules/types';
import { nodeAs, type NodeKind, type NodeOf } from './pg-ast';
import type { Statement } from './parse-sql';
import type { SchemaState } from './schema-state';
import { findEnumSwaps } from './enum-swap';
import { riskOf } from './score';

export interface FileInput {
  file: string;
  text: string;
  lines: LineIndex;
  statements: readonly Statement[];
}

/**
 * Runs every enabled rule over every statement in order. Each statement is checked against the schema
 * as it stood before it, then applied, so that an index on a table created two lines up is not a lock.
 */
export function runRules(input: FileInput, rules: readonly Rule[], schema: SchemaState, settings: RuleSettings): Finding[] {
  const { statements } = input;
  const findings: Finding[] = [];
  // Prisma sends a file as one multi-statement query, which PostgreSQL runs as one transaction.
  const inTransaction = statements.length > 1;
  const enumSwaps = findEnumSwaps(statements);
  const swapMembers = new Set(enumSwaps.flatMap((s) => s.members));
  const scratch = new Map<Rule, object>();
  let lockTimeoutSet = false;
  for (const statement of statements) {
    for (const rule of rules) {
      const ctx: RuleContext<string> = {
        statement,
        statements,
        schema,
        inTransaction,
        lockTimeoutSet,
        inEnumSwap: swapMembers.has(statement.index),
        enumSwaps,
        fileState: <T extends object>(init: () => T): T => {
          if (!scratch.has(rule)) scratch.set(rule, init());
          return scratch.get(rule) as T;
        },
        settings,
        node: <K extends NodeKind>(kind: K): NodeOf<K> | undefined => nodeAs(statement.node, kind),
        report: (d) => findings.push(toFinding(input, rule, statement, d)),
      };
      rule.check(ctx);
    }
    if (setsLockTimeout(statement)) lockTimeoutSet = true;
    schema.apply(statement);
  }
  return findings;
}

function setsLockTimeout(s: Statement): boolean {
  const set = nodeAs(s.node, 'VariableSetStmt');
  return set?.name === 'lock_timeout' && set.kind === 'VAR_SET_VALUE';
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** Whitespace-insensitive statement text: a fingerprint survives reformatting and moved lines. */
export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

function toFinding(input: FileInput, rule: Rule, statement: Statement, d: ReportDescriptor<string>): Finding {
  const { lines, file } = input;
  let location = lines.locationOfChars(file, statement.startChar, statement.endChar);
  if (d.byte !== undefined) location = lines.locationOfBytes(file, d.byte);
  else if (d.near) {
    const m = d.near.exec(statement.text);
    if (m) location = lines.locationOfChars(file, statement.startChar + m.index, statement.startChar + m.index + m[0].length);
  }
  const data = d.data ?? {};
  return createFinding({
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    category: rule.meta.category,
    message: interpolate(rule.meta.messages[d.messageId], data),
    location,
    help: rule.meta.help,
    fingerprintKey: `${d.messageId}\0${normaliseSql(statement.text)}\0${Object.values(data).join('\0')}`,
    properties: { messageId: d.messageId, statement: statement.index + 1, risk: riskOf(rule.meta.risk), ...data },
  });
}
