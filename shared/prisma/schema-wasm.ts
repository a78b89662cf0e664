import wasm7Package from '@prisma/prisma-schema-wasm/package.json';
import wasm6Package from 'prisma-schema-wasm-6/package.json';

export type PrismaMajor = 6 | 7;
/** [repository-relative path, content] pairs, the shape Prisma's WASM takes for multi-file schemas. */
export type SchemaFiles = [string, string][];

/** One diagnostic with UTF-16 offsets into its file (checked: the WASM converts Rust's byte spans). */
export interface SchemaDiagnostic {
  file: string;
  start: number;
  end: number;
  message: string;
  isWarning: boolean;
}

export interface GeneratorConfig {
  name: string;
  provider: string;
  output?: string;
  sourceFile: string;
  previewFeatures: string[];
  config: Record<string, unknown>;
}

export interface DatasourceConfig {
  name: string;
  provider: string;
  sourceFile: string;
}

export interface SchemaConfig {
  generators: GeneratorConfig[];
  datasources: DatasourceConfig[];
}

/** Prisma's schema engine as WebAssembly, for one major version. Stateless and file-system free. */
export interface SchemaWasm {
  major: PrismaMajor;
  /** Version of the WASM package (the engines hash Prisma ships it with). */
  version: string;
  lint(files: SchemaFiles): SchemaDiagnostic[];
  format(files: SchemaFiles): SchemaFiles;
  getConfig(files: SchemaFiles): SchemaConfig;
  /** The files merged and formatted into one schema, exactly as Prisma 7 writes `inlineSchema` into a client. */
  mergeSchemas(files: SchemaFiles): string;
  /** Throws Prisma's own validation error (P1012 text) when the schema is invalid. */
  validate(files: SchemaFiles): void;
}

interface RawWasm {
  lint(input: string): string;
  format(schema: string, params: string): string;
  get_config(params: string): string;
  merge_schemas(input: string): string;
  validate(params: string): void;
}

// The WASM reports panics through this global; without it a panic becomes a TypeError with no message.
const panicRegistry = { message: '', set_message(m: string) { this.message = m; } };
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

const FORMAT_PARAMS = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });

function wrap(major: PrismaMajor, version: string, raw: RawWasm): SchemaWasm {
  return {
    major,
    version,
    lint(files) {
      const out = JSON.parse(raw.lint(JSON.stringify(files))) as { file_name: string; start: number; end: number; text: string; is_warning: boolean }[];
      return out.map((d) => ({ file: d.file_name, start: d.start, end: d.end, message: d.text, isWarning: d.is_warning }));
    },
    format(files) {
      return JSON.parse(raw.format(JSON.stringify(files), FORMAT_PARAMS)) as SchemaFiles;
    },
    mergeSchemas(files) {
      return raw.merge_schemas(JSON.stringify({ schema: files }));
    },
    validate(files) {
      raw.validate(JSON.stringify({ prismaSchema: files, noColor: true }));
    },
    getConfig(files) {
      const params = { prismaSchema: files, datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} };
      let out: { config: RawConfig };
      try {
        out = JSON.parse(raw.get_config(JSON.stringify(params))) as { config: RawConfig };
      } catch {
        return { generators: [], datasources: [] }; // a schema that does not parse: lint() says why
      }
      return {
        generators: out.config.generators.map((g) => ({
          name: g.name,
          provider: g.provider.value ?? '',
          output: g.output?.value ?? undefined,
          sourceFile: g.sourceFilePath,
          previewFeatures: g.previewFeatures,
          config: g.config,
        })),
        datasources: out.config.datasources.map((d) => ({ name: d.name, provider: d.activeProvider ?? d.provider, sourceFile: d.sourceFilePath })),
      };
    },
  };
}

interface RawConfig {
  generators: { name: string; provider: { value: string | null }; output?: { value: string | null } | null; sourceFilePath: string; previewFeatures: string[]; config: Record<string, unknown> }[];
  datasources: { name: string; provider: string; activeProvider?: string; sourceFilePath: string }[];
}

const engines: Partial<Record<PrismaMajor, SchemaWasm>> = {};

/**
 * The WASM of Prisma 7 (engines 8.x) or Prisma 6.19 (engines 7.1.1). Required on first use: each module
 * compiles ~3 MB of WebAssembly when loaded, and a repository on one major never needs the other.
 */
export function schemaWasm(major: PrismaMajor): SchemaWasm {
  engines[major] ??=
    major === 7
      ? wrap(7, wasm7Package.version, require('@prisma/prisma-schema-wasm') as RawWasm)
      : wrap(6, wasm6Package.version, require('prisma-schema-wasm-6') as RawWasm);
  return engines[major]!;
}
