import type { Finding } from '@shared/findings/finding';
import type { LineIndex } from '@shared/findings/positions';
import type { Rule, RuleContext, RuleSettings, ReportDescriptor } from '../rules/types';
import { nodeAs, type NodeKind, type NodeOf } from './pg-ast';
import type { Statement } from './parse-sql';
import type { SchemaState } from './schema-state';
import { findEnumSwaps } from './enum-swap';
import { splitClauses } from './clauses';
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
export function runRules(input: FileInput, rules: readonly Rule[], schema: SchemaState, settings: RuleSettings, run: Map<Rule, object> = new Map()): Finding[] {
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
        runState: <T extends object>(init: () => T): T => {
          if (!run.has(rule)) run.set(rule, init());
          return run.get(rule) as T;
        },
        settings,
        node: <K extends NodeKind>(kind: K): NodeOf<K> | undefined => nodeAs(statement.node, kind),
        report: (d) => findings.push(toFinding(input, rule, statement, d)),
      };
      rule.check(ctx);
    }
    const timeout = lockTimeoutOf(statement);
    if (timeout !== undefined) lockTimeoutSet = timeout;
    schema.apply(statement);
  }
  return findings;
}

/**
 * Whether a statement leaves a lock timeout in force (true), removes it (false), or does not touch it.
 * `0` (in any unit) disables the timeout: https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT
 * RESET and SET ... TO DEFAULT go back to the server's setting, which is unknown here: not counted as set.
 */
export function lockTimeoutOf(s: Statement): boolean | undefined {
  const set = nodeAs(s.node, 'VariableSetStmt');
  if (set?.name !== 'lock_timeout') return undefined;
  if (set.kind !== 'VAR_SET_VALUE') return false;
  const arg = nodeAs(set.args?.[0], 'A_Const');
  if (!arg) return false;
  // libpg-query omits zero values: `{ ival: {} }` is 0.
  if (arg.ival) return (arg.ival.ival ?? 0) !== 0;
  if (arg.fval) return Number(arg.fval.fval) !== 0;
  if (arg.sval) return !/^\s*0+(?:\.0*)?\s*(?:us|ms|s|min|h|d)?\s*$/i.test(arg.sval.sval ?? '');
  return false;
}

/** The n-th ALTER TABLE command's text; the whole statement when the clauses cannot be told apart. */
function clauseRange(statement: Statement, n: number): { start: number; end: number } {
  const cmds = nodeAs(statement.node, 'AlterTableStmt')?.cmds?.length ?? 0;
  const ranges = splitClauses(statement.text);
  if (ranges.length !== cmds || !ranges[n]) return { start: 0, end: statement.text.length };
  // The first range also holds the `ALTER TABLE name` head: a `near` pattern must not match the table's name there.
  return ranges[n];
}

function leadingSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i - from;
}


/** Whitespace-insensitive statement text: a fingerprint survives reformatting and moved lines. */
export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

function toFinding(input: FileInput, rule: Rule, statement: Statement, d: ReportDescriptor<string>): Finding {
  const { lines, file } = input;
  let location = lines.locationOfChars(file, statement.startChar, statement.endChar);
  if (d.byte !== undefined) location = lines.locationOfBytes(file, d.byte);
  else {
    const range = d.clause === undefined ? { start: 0, end: statement.text.length } : clauseRange(statement, d.clause);
    const m = d.near?.exec(statement.text.slice(range.start, range.end));
    const from = statement.startChar + range.start + (m ? m.index : leadingSpace(statement.text, range.start));
    const to = m ? from + m[0].length : statement.startChar + range.end;
    if (m || d.clause !== undefined) location = lines.locationOfChars(file, from, to);
  }
  const data = d.data ?? {};
  return rule.report({
    messageId: d.messageId,
    data,
    ...(d.severity ? { severity: d.severity } : {}),
    location,
    // Counts (statements in the migration) are left out: adding a statement elsewhere must not make this a new finding.
    fingerprintKey: `${d.messageId}\0${normaliseSql(statement.text)}\0${Object.entries(data).filter(([k]) => k !== 'count').map(([, v]) => v).join('\0')}`,
    properties: { messageId: d.messageId, statement: statement.index + 1, risk: riskOf(rule.risk), ...data },
  });
}
