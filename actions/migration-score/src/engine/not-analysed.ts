import type { Node } from 'libpg-query';
import type { Statement } from './parse-sql';
import { nodeAs, qualifiedName, stringsOf } from './pg-ast';

export interface Unanalysed {
  statement: Statement;
  messageId: 'doBlock' | 'function' | 'cte';
  data: Record<string, string>;
  /** UTF-8 byte offset of the part meant (a CTE), when it is not the statement's start. */
  byte?: number;
}

const DML: Record<string, string> = { InsertStmt: 'INSERT', UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE', MergeStmt: 'MERGE' };

/**
 * Statements whose effect the rules cannot see: the body of a DO block or of a function, and DML
 * inside a WITH query (the rules check top-level statements). Each is said, so that a silence is
 * never taken for a check.
 */
export function findUnanalysed(statements: readonly Statement[]): Unanalysed[] {
  const out: Unanalysed[] = [];
  for (const statement of statements) {
    const n = statement.node;
    if (nodeAs(n, 'DoStmt')) {
      out.push({ statement, messageId: 'doBlock', data: {} });
      continue;
    }
    const fn = nodeAs(n, 'CreateFunctionStmt');
    if (fn) {
      out.push({ statement, messageId: 'function', data: { name: `${fn.is_procedure ? 'procedure' : 'function'} ${qualifiedName(stringsOf(fn.funcname))}` } });
      continue;
    }
    for (const cte of ctesOf(n)) {
      const expr = nodeAs(cte, 'CommonTableExpr');
      const kind = expr?.ctequery ? Object.keys(expr.ctequery)[0] : undefined;
      if (kind && DML[kind]) out.push({ statement, messageId: 'cte', data: { kind: DML[kind] }, byte: expr?.location });
    }
  }
  return out;
}

function ctesOf(n: Node): Node[] {
  const withClause =
    nodeAs(n, 'SelectStmt')?.withClause ?? nodeAs(n, 'InsertStmt')?.withClause ?? nodeAs(n, 'UpdateStmt')?.withClause ?? nodeAs(n, 'DeleteStmt')?.withClause ?? nodeAs(n, 'MergeStmt')?.withClause;
  return withClause?.ctes ?? [];
}
