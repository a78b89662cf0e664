import type { Node, RangeVar, TypeName } from 'libpg-query';

type KeysOf<T> = T extends unknown ? keyof T : never;
/** The tag of a parse-tree node, e.g. `AlterTableStmt`. */
export type NodeKind = KeysOf<Node>;
export type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** The node's tag: libpg-query wraps every node as `{ Tag: { ...fields } }`. */
export function kindOf(node: Node | undefined): NodeKind | undefined {
  if (!node) return undefined;
  const keys = Object.keys(node);
  return keys.length === 1 ? (keys[0] as NodeKind) : undefined;
}

/** The node's fields when it has the tag, else undefined. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  if (!node || !(kind in node)) return undefined;
  return (node as unknown as Record<K, NodeOf<K>>)[kind];
}

/** The strings of a `String` node list, e.g. a qualified name. */
export function stringsOf(list: readonly Node[] | undefined): string[] {
  const out: string[] = [];
  for (const item of list ?? []) {
    const s = nodeAs(item, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** An object name as written in DROP and RENAME lists: a `List` of Strings, a `String`, or a `TypeName`. */
export function objectName(node: Node | undefined): string[] {
  const list = nodeAs(node, 'List');
  if (list) return stringsOf(list.items);
  const str = nodeAs(node, 'String');
  if (str?.sval !== undefined) return [str.sval];
  const typeName = nodeAs(node, 'TypeName');
  if (typeName) return stringsOf(typeName.names);
  return [];
}

/** The last part of a qualified name: Prisma qualifies rarely, and schemas are tracked by name only. */
export function lastName(parts: readonly string[]): string {
  return parts[parts.length - 1] ?? '';
}

/** A relation as written, schema included when given: `User`, `auth.User`. SchemaState resolves the unqualified ones. */
export function relationName(rel: RangeVar | undefined): string {
  if (!rel?.relname) return '';
  return rel.schemaname ? `${rel.schemaname}.${rel.relname}` : rel.relname;
}

/** A qualified name from its parts (`["auth", "Role"]` → `auth.Role`), as relationName writes it. */
export function qualifiedName(parts: readonly string[]): string {
  return parts.join('.');
}

/** A type as a person writes it: `varchar(20)`, `timestamp(3)`, `text[]`; `pg_catalog.` dropped. */
export function typeText(typeName: TypeName | undefined): string {
  if (!typeName) return '';
  const names = stringsOf(typeName.names).filter((n) => n !== 'pg_catalog');
  const mods = (typeName.typmods ?? []).map((m) => {
    const c = nodeAs(m, 'A_Const');
    // libpg-query omits zero values, so `{ ival: {} }` is 0.
    if (c?.ival) return c.ival.ival ?? 0;
    return c?.sval?.sval ?? '?';
  });
  const base = names.join('.') + (mods.length ? `(${mods.join(',')})` : '');
  return base + '[]'.repeat(typeName.arrayBounds?.length ?? 0);
}

/** The base type name without modifiers, lower-cased: `varchar`, `int4`, `timestamp`. */
export function baseTypeName(typeName: TypeName | undefined): string {
  return lastName(stringsOf(typeName?.names)).toLowerCase();
}
