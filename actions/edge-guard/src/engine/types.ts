/** How a module is pulled in. Every kind runs at module evaluation except a folded branch's. */
export type ImportKind = 'import' | 'side-effect' | 're-export' | 'dynamic-import' | 'require' | 'import-equals';

/** A name an import brings in that the file uses as a value; `imported` is `default`, `*` or the exported name. */
export interface ValueBinding {
  imported: string;
  local: string;
}

/** One import site in a file. Offsets are UTF-16 offsets of the specifier literal. */
export interface ImportSite {
  specifier: string;
  kind: ImportKind;
  start: number;
  end: number;
  /** Erased by TypeScript (`import type`, or bindings used only in type positions): never followed. */
  erased: boolean;
  /** Inside a `process.env.NEXT_RUNTIME` branch that the bundler folds away for the edge: never followed. */
  deadOnEdge: boolean;
  valueBindings: ValueBinding[];
}

/** How a `new PrismaClient(...)` connects: only a driver adapter or Accelerate works on the edge. */
export type ClientConnection = 'engine' | 'adapter' | 'accelerate' | 'unknown';

export interface ClientConstruction {
  start: number;
  end: number;
  connection: ClientConnection;
}

/** `eval(...)`, `new Function(...)`, `Function(...)`: dynamic code the edge runtime refuses. */
export interface DynamicCodeSite {
  start: number;
  end: number;
  what: string;
}

/** Everything the guard needs from one file, kept after the syntax tree is dropped. */
export interface ModuleFacts {
  imports: ImportSite[];
  /** `import(expr)` / `require(expr)` whose argument is not a literal: listed as unresolved. */
  computedImports: { start: number; end: number; text: string }[];
  dynamicCode: DynamicCodeSite[];
  clientConstructions: ClientConstruction[];
  /** Names of functions called by a statement at module level (guards such as assertNodeRuntime). */
  moduleLevelCalls: string[];
  /** `export const runtime = '...'` (App Router segment config). */
  runtimeExport?: string;
  /** Where that string literal is, for findings about it. */
  runtimeExportAt?: { start: number; end: number };
  /** `export const config = { runtime: '...' }` (Pages Router, middleware). */
  configRuntime?: string;
  /** A `'use client'` directive: in the App Router's server layer the module is a client reference, bundled for SSR. */
  useClient?: boolean;
  parseError?: { start: number; message: string };
}
