// The reference reached set: TypeScript's own import elision (ts.transpileModule, which drops imports whose
// bindings are used only as types, exactly as isolatedModules builds and SWC do) + TypeScript's module
// resolution, walked breadth-first from the same entries. Files only; built-ins and packages are leaves.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export function referenceReached(root, entries, compilerOptions) {
  const base = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, allowJs: true, jsx: ts.JsxEmit.Preserve };
  const host = ts.createCompilerHost(base);
  // Each file resolves with its nearest tsconfig (as tsc run in that workspace would), else the given options.
  const byConfig = new Map();
  const optionsFor = (abs) => {
    const cfg = ts.findConfigFile(path.dirname(abs), ts.sys.fileExists, 'tsconfig.json');
    if (!cfg || !cfg.startsWith(root)) return { ...base, ...compilerOptions };
    if (!byConfig.has(cfg)) {
      const parsed = ts.getParsedCommandLineOfConfigFile(cfg, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      const own = parsed?.options ?? {};
      // Workspace packages as pnpm/npm would link them (absolute paths), under the workspace's own aliases.
      byConfig.set(cfg, { ...base, ...own, paths: { ...compilerOptions.paths, ...own.paths }, baseUrl: own.baseUrl ?? compilerOptions.baseUrl, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: false });
    }
    return byConfig.get(cfg);
  };
  const seen = new Set(entries);
  const queue = [...entries];
  for (let i = 0; i < queue.length; i++) {
    const rel = queue[i];
    const abs = path.join(root, rel);
    let text;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    const options = optionsFor(abs);
    const out = ts.transpileModule(text, { compilerOptions: { ...options, isolatedModules: true }, fileName: abs }).outputText;
    for (const imp of ts.preProcessFile(out, true, true).importedFiles) {
      const r = ts.resolveModuleName(imp.fileName, abs, options, host).resolvedModule;
      if (!r || r.isExternalLibraryImport || r.resolvedFileName.endsWith('.d.ts')) continue;
      const next = path.relative(root, r.resolvedFileName).split(path.sep).join('/');
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
