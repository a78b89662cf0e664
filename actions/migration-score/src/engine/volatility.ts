import type { Node } from 'libpg-query';
import { kindOf, lastName, nodeAs, stringsOf } from './pg-ast';

/**
 * Functions whose value differs per row, so a DEFAULT using them makes ADD COLUMN fill every row
 * (a table rewrite). Everything else is treated as stable: PostgreSQL 11+ stores a non-volatile
 * default once. Unknown functions count as volatile: nothing unknown passes as safe.
 */
const VOLATILE = new Set(['random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'txid_current', 'statement_timestamp']);
/** now() and transaction_timestamp() are STABLE: one value per transaction, stored once. */
const STABLE = new Set(['now', 'transaction_timestamp', 'current_timestamp', 'current_date', 'lower', 'upper', 'coalesce', 'jsonb_build_object', 'json_build_object', 'array', 'to_jsonb', 'concat', 'timezone', 'make_interval']);

export function volatileCall(expr: Node | undefined): string | undefined {
  if (!expr) return undefined;
  const kind = kindOf(expr);
  if (kind === 'A_Const' || kind === 'SQLValueFunction' || kind === 'ColumnRef' || kind === 'ParamRef') return undefined;
  const call = nodeAs(expr, 'FuncCall');
  if (call) {
    const name = lastName(stringsOf(call.funcname)).toLowerCase();
    if (VOLATILE.has(name) || !STABLE.has(name)) return `${name}()`;
    for (const a of call.args ?? []) {
      const inner = volatileCall(a);
      if (inner) return inner;
    }
    return undefined;
  }
  // Casts, arrays, operators (`-1` is an A_Const; `1 + 2` an A_Expr), and the like: look inside.
  for (const child of childNodes(expr)) {
    const inner = volatileCall(child);
    if (inner) return inner;
  }
  return undefined;
}

function childNodes(expr: Node): Node[] {
  const out: Node[] = [];
  const fields = Object.values(expr)[0] as Record<string, unknown>;
  for (const v of Object.values(fields ?? {})) {
    if (Array.isArray(v)) for (const item of v) pushIfNode(item, out);
    else pushIfNode(v, out);
  }
  return out;
}

function pushIfNode(v: unknown, out: Node[]): void {
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && /^[A-Z]/.test(Object.keys(v)[0])) out.push(v as Node);
}
