/**
 * Top-level blocks of a formatted schema, keyed `model User`, `enum Role`, `generator client`. `//`
 * comments are left out (they are not in the client), but `///` doc comments are kept: Prisma puts them
 * in the generated client's types, standalone ones too, so a change to one makes the client stale. A doc
 * comment between blocks counts with the block after it; those after the last block under `doc comments`.
 */
export function schemaBlocks(schema: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let depth = 0;
  let current: string[] = [];
  let docs: string[] = [];
  let key: string | undefined;
  for (const line of schema.replace(/\r\n/g, '\n').split('\n')) {
    const isDoc = line.trim().startsWith('///');
    const code = isDoc ? '' : line.replace(/\/\/.*$/, '');
    if (depth === 0 && !key) {
      if (isDoc) {
        docs.push(line.trim());
        continue;
      }
      const m = /^\s*(model|enum|type|view|generator|datasource)\s+(\w+)/.exec(code);
      if (m) key = `${m[1]} ${m[2]}`;
    }
    current.push(line);
    for (const ch of code) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth === 0 && key && code.includes('}')) {
      const kept = current.filter((l) => l.trim() !== '' && (!l.trim().startsWith('//') || l.trim().startsWith('///')));
      blocks.set(key, [...docs, ...kept].join('\n'));
      current = [];
      docs = [];
      key = undefined;
    } else if (depth === 0 && !key) current = [];
  }
  if (docs.length > 0) blocks.set('doc comments', docs.join('\n'));
  return blocks;
}

/** Block names added, removed or changed from `from` to `to`; empty when the schemas are the same set of blocks. */
export function changedBlocks(from: string, to: string): string[] {
  const a = schemaBlocks(from);
  const b = schemaBlocks(to);
  const out: string[] = [];
  for (const [k, v] of b) if (a.get(k) !== v) out.push(a.has(k) ? `${k} (changed)` : `${k} (added)`);
  for (const k of a.keys()) if (!b.has(k)) out.push(`${k} (removed)`);
  return out;
}
