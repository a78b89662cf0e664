/** Top-level blocks of a formatted schema, keyed `model User`, `enum Role`, `generator client`. */
export function schemaBlocks(schema: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let depth = 0;
  let current: string[] = [];
  let key: string | undefined;
  for (const line of schema.replace(/\r\n/g, '\n').split('\n')) {
    const code = line.replace(/\/\/.*$/, '');
    if (depth === 0) {
      const m = /^\s*(model|enum|type|view|generator|datasource)\s+(\w+)/.exec(code);
      if (m) key = `${m[1]} ${m[2]}`;
    }
    current.push(line);
    for (const ch of code) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth === 0 && key && code.includes('}')) {
      blocks.set(key, current.filter((l) => l.trim() !== '' && !l.trim().startsWith('//')).join('\n'));
      current = [];
      key = undefined;
    } else if (depth === 0 && !key) current = [];
  }
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
