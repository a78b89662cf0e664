import ts from 'typescript';
import type { CachedFs } from './cached-fs';
import { ModuleStore } from './module-store';
import type { Resolver } from './resolver';

/**
 * Which of `wanted` the Node.js side of the apps reaches from `entries`: workspace modules only, resolved with
 * Node's conditions, stopping as soon as all are found. It asks only whether both runtimes reach a module
 * (edge-missing-runtime-guard), so files the edge walk did not parse are read with TypeScript's import scanner
 * (`ts.preProcessFile`, no syntax tree: a fraction of a parse) rather than parsed. That scanner keeps type-only
 * imports and both sides of a NEXT_RUNTIME branch, so the answer may include a module only a type reaches on
 * Node: an over-approximation on the Node side, and it only adds advice where the edge side already reaches the
 * module.
 */
export function reachedOnNode(entries: string[], wanted: ReadonlySet<string>, deps: { cfs: CachedFs; store: ModuleStore; resolver: Resolver }): Set<string> {
  const found = new Set<string>();
  const seen = new Set(entries);
  const queue = [...seen];
  const visit = (file: string) => {
    if (wanted.has(file)) found.add(file);
    return found.size === wanted.size;
  };
  for (const e of queue) if (visit(e)) return found;
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const [spec, byRequire] of importsOf(file, deps)) {
      const r = deps.resolver.resolve(spec, file, byRequire, 'node');
      if (r.kind !== 'file') continue;
      const real = deps.cfs.realpath(r.file) ?? r.file;
      if (real.includes('node_modules/') || seen.has(real)) continue;
      seen.add(real);
      queue.push(real);
      if (visit(real)) return found;
    }
  }
  return found;
}

function importsOf(file: string, deps: { cfs: CachedFs; store: ModuleStore }): [string, boolean][] {
  if (!ModuleStore.isCode(file)) return [];
  const m = deps.store.peek(file);
  if (m) return 'facts' in m ? m.facts.imports.filter((i) => !i.erased).map((i) => [i.specifier, i.kind === 'require' || i.kind === 'import-equals']) : [];
  let text: string;
  try {
    text = deps.cfs.fs.readText(file);
  } catch {
    return [];
  }
  // Exports maps answer `import` for what the scanner cannot tell apart; Node's `require` targets rarely differ.
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => [f.fileName, false]);
}
