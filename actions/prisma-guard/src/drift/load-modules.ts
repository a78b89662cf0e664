import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PGlite, Extension } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PrismaMajor } from '@shared/prisma';

/** The part of `@prisma/schema-engine-wasm`'s wasm-bindgen glue drift uses. */
export interface SchemaEngineGlue {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  version(): string;
  SchemaEngine: { new: (options: { datamodels: [string, string][] | undefined }, log: (line: string) => void, adapter: object) => Promise<WasmSchemaEngine> };
}

export interface WasmSchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

export interface DriftModules {
  /**
   * The WASM schema engine of a Prisma major, instantiated once per process (wasm-bindgen keeps one instance in
   * module state): Prisma 7's (engines 8.1), or Prisma 6.19's (engines 7.1.1, the engine the 6.19 CLI ships), as
   * validation picks the schema WASM of the repository's major.
   */
  engine(major: PrismaMajor): SchemaEngineGlue;
  pglite(): typeof import('@electric-sql/pglite');
  adapter(db: PGlite): SqlMigrationAwareDriverAdapterFactory;
  bind(factory: SqlMigrationAwareDriverAdapterFactory): object & { errorRegistry: { consumeError(id: number): { error: unknown } | undefined } };
  /** PGlite's contrib extension bundle for `name`, when this build ships it. */
  extension(name: string): Extension | undefined;
  /** A fresh cluster's data directory (assets/pglite-fresh-cluster.tar.gz), to skip initdb; undefined when absent. */
  freshCluster(): Blob | undefined;
}

// eval hides these from ncc: a bundled copy would be a second PGlite (see ledger-record's pglite-client.ts for
// why PGlite must stay out of the bundle) and require.resolve would become a module id.
// eslint-disable-next-line no-eval
const nodeRequire = eval('require') as NodeJS.Require;

/** Beside the bundle (dist/, package.json `bickford.assets`/`sidecars`) or in node_modules when run from source. */
function pgliteDir(): string {
  return existsSync(join(__dirname, 'pglite.wasm')) ? __dirname : dirname(nodeRequire.resolve('@electric-sql/pglite'));
}

/** Where each major's engine comes from, and the name its .wasm is shipped under beside the bundle. */
const ENGINES = {
  7: { module: '@prisma/schema-engine-wasm', shipped: 'schema_engine_bg.wasm' },
  6: { module: 'schema-engine-wasm-6', shipped: 'schema_engine_6_bg.wasm' },
} as const;

function engineWasmFile(major: PrismaMajor): string {
  const shipped = join(__dirname, ENGINES[major].shipped);
  if (existsSync(shipped)) return shipped;
  // The package exports only its .js entry points; the .wasm sits beside them.
  return join(dirname(nodeRequire.resolve(`${ENGINES[major].module}/schema_engine_bg`)), 'schema_engine_bg.wasm');
}

/** The glue of each engine, named literally so that ncc bundles both. */
function engineGlue(major: PrismaMajor): SchemaEngineGlue {
  return (major === 7 ? require('@prisma/schema-engine-wasm/schema_engine_bg') : require('schema-engine-wasm-6/schema_engine_bg')) as SchemaEngineGlue;
}

// This project's lib settings carry no DOM and @types/node 20 declares no WebAssembly global.
const Wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (m: object, imports: object) => { exports: Record<string, unknown> } } }).WebAssembly;

const glues: Partial<Record<PrismaMajor, SchemaEngineGlue>> = {};

/**
 * Everything here is required on first use only: the engine is 5.4 MB of WebAssembly and PGlite 9 MB with its
 * data file, and a run with `drift: skip`, no migrations or a shadow-database-url never loads them.
 */
export const driftModules: DriftModules = {
  engine(major) {
    const loaded = glues[major];
    if (loaded) return loaded;
    // The package's own entry imports the .wasm as an ES module, which Node does not load: instantiate it here
    // against the glue, as wasm-bindgen's bundler target expects (imports are named after the glue file).
    const bg = engineGlue(major);
    const instance = new Wasm.Instance(new Wasm.Module(readFileSync(engineWasmFile(major))), { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    glues[major] = bg;
    return bg;
  },
  pglite() {
    const dir = pgliteDir();
    return nodeRequire(dir === __dirname ? join(dir, 'index.cjs') : '@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  },
  adapter(db) {
    const { PrismaPGlite } = require('pglite-prisma-adapter') as typeof import('pglite-prisma-adapter');
    return new PrismaPGlite(db) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
  bind(factory) {
    const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils') as typeof import('@prisma/driver-adapter-utils');
    return bindMigrationAwareSqlAdapterFactory(factory) as unknown as ReturnType<DriftModules['bind']>;
  },
  extension(name) {
    const file = join(pgliteDir(), `${name}.tar.gz`);
    if (!existsSync(file)) return undefined;
    // What each `@electric-sql/pglite/contrib/<name>` module exports, pointed at the bundle shipped beside us.
    return { name, setup: async () => ({ bundlePath: pathToFileURL(file) }) };
  },
  freshCluster() {
    const file = [join(__dirname, FRESH_CLUSTER), join(__dirname, '..', '..', 'assets', FRESH_CLUSTER)].find((f) => existsSync(f));
    return file ? new Blob([readFileSync(file)]) : undefined;
  },
};

const FRESH_CLUSTER = 'pglite-fresh-cluster.tar.gz';
