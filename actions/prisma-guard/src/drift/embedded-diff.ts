import type { PGlite, Extension } from '@electric-sql/pglite';
import type { PrismaMajor, SchemaFiles } from '@shared/prisma';
import type { DriftModules } from './load-modules';
import { failingStatement } from './failing-statement';

export interface MigrationScript {
  /** The migration folder's name, e.g. `20250101000000_init`. */
  name: string;
  /** Repository-relative path of its migration.sql. */
  file: string;
  sql: string;
}

export interface EmbeddedDiffInput {
  /** The Prisma major the schema is validated with: its own schema engine computes the diff. */
  major: PrismaMajor;
  schemaFiles: SchemaFiles;
  migrations: MigrationScript[];
  /** migration_lock.toml as committed; the engine refuses a history without one. */
  lockfile?: string;
}

export type EmbeddedDiffResult =
  | { kind: 'in-sync'; engineVersion: string }
  | { kind: 'drift'; script: string; engineVersion: string }
  | { kind: 'missing-extension'; extension: string; file: string; line: number }
  | { kind: 'migration-failed'; file: string; line: number; column: number; message: string }
  | { kind: 'engine-error'; message: string };

const BUILT_IN_EXTENSIONS = new Set(['plpgsql']);
const CREATE_EXTENSION = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"([^"]+)"|([\w-]+))/gi;

/** `prisma migrate diff --from-migrations --to-schema --script --exit-code`, in-process, over a fresh in-memory PGlite. */
export async function embeddedDiff(input: EmbeddedDiffInput, modules: DriftModules, log: (line: string) => void): Promise<EmbeddedDiffResult> {
  const extensions: Record<string, Extension> = {};
  for (const use of extensionUses(input.migrations)) {
    if (BUILT_IN_EXTENSIONS.has(use.extension)) continue;
    const ext = modules.extension(use.extension);
    if (!ext) return { kind: 'missing-extension', ...use };
    extensions[use.extension.replace(/\W/g, '_')] = ext;
  }

  const glue = modules.engine(input.major);
  // No dataDir: each run gets its own in-memory cluster, so two runs on one machine never share a shadow.
  const db = await createShadow(modules, extensions, log);
  const failure: { script?: string; position?: number; message?: string } = {};
  const bound = modules.bind(shadowFactory(db, modules, failure));
  let engine: Awaited<ReturnType<typeof glue.SchemaEngine.new>> | undefined;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, log, bound);
    const result = await engine.diff({
      from: {
        tag: 'migrations',
        baseDir: '/migrations',
        lockfile: { path: 'migration_lock.toml', content: input.lockfile ?? 'provider = "postgresql"\n' },
        shadowDbInitScript: '',
        migrationDirectories: input.migrations.map((m) => ({ path: m.name, migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } } })),
      },
      to: { tag: 'schemaDatamodel', files: input.schemaFiles.map(([path, content]) => ({ path, content })) },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    const engineVersion = glue.version();
    return result.exitCode === 2 ? { kind: 'drift', script: (result.stdout ?? '').trim(), engineVersion } : { kind: 'in-sync', engineVersion };
  } catch (e) {
    if (failure.script !== undefined) {
      if (failure.position === undefined) {
        const start = await failingStatement(db, failure.script, failure.message ?? '');
        if (start !== undefined) failure.position = start + 1;
      }
      return migrationFailed(input.migrations, failure);
    }
    return { kind: 'engine-error', message: engineMessage(e, bound) };
  } finally {
    engine?.free();
    await db.close();
  }
}

/**
 * The engine asks the factory for its shadow database: it gets the fresh PGlite. pglite-prisma-adapter 0.7.2's
 * executeScript does not await PGlite's exec, so a migration that fails would leave an unhandled rejection and a
 * half-applied shadow; the script is awaited here, and the failing script and its error position kept for the
 * located error (the adapter's error mapping drops the position).
 *
 * Prisma 6.19's engine applies each migration.sql through executeRaw with no parameters (Prisma 7's through
 * executeScript). Over @prisma/adapter-pg that works: node-pg sends a query without values by the simple query
 * protocol, which runs many statements. PGlite's query() always prepares ("cannot insert multiple commands into
 * a prepared statement"), so a parameterless executeRaw runs through exec(), the simple protocol, as pg would.
 */
function shadowFactory(db: PGlite, modules: DriftModules, failure: { script?: string; position?: number; message?: string }) {
  const factory = modules.adapter(db);
  const connect = async () => {
    const adapter = await factory.connect();
    const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
    const run = async (script: string): Promise<number> => {
      try {
        const results = await db.exec(script);
        return results.at(-1)?.affectedRows ?? 0;
      } catch (e) {
        const err = e as { position?: string; message?: string };
        Object.assign(failure, { script, position: err.position ? Number(err.position) : undefined, message: err.message });
        return onError(e);
      }
    };
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeScript = async (script: string) => void (await run(script));
    adapter.executeRaw = async (query) => (query.args.length === 0 ? run(query.sql) : executeRaw(query));
    return adapter;
  };
  return { provider: factory.provider, adapterName: factory.adapterName, connect, connectToShadowDb: connect };
}

/** From the shipped fresh cluster when it loads (most of PGlite's start is initdb), else through initdb. */
async function createShadow(modules: DriftModules, extensions: Record<string, Extension>, log: (line: string) => void): Promise<PGlite> {
  const { PGlite } = modules.pglite();
  const fresh = modules.freshCluster();
  if (fresh) {
    try {
      return await PGlite.create({ extensions, loadDataDir: fresh });
    } catch (e) {
      log(`the shipped fresh cluster did not load (${e instanceof Error ? e.message : String(e)}); running initdb`);
    }
  }
  return PGlite.create({ extensions });
}

function extensionUses(migrations: MigrationScript[]): { extension: string; file: string; line: number }[] {
  const uses: { extension: string; file: string; line: number }[] = [];
  for (const m of migrations) {
    const code = m.sql.replace(/--[^\n]*/g, (c) => ' '.repeat(c.length));
    for (const match of code.matchAll(CREATE_EXTENSION)) {
      uses.push({ extension: (match[1] ?? match[2]).toLowerCase(), file: m.file, line: lineAt(m.sql, match.index) });
    }
  }
  return uses;
}

function migrationFailed(migrations: MigrationScript[], failure: { script?: string; position?: number; message?: string }): EmbeddedDiffResult {
  const script = failure.script ?? '';
  // The engine runs each migration.sql as one script; match it back to its file.
  const m = migrations.find((x) => x.sql === script) ?? migrations.find((x) => script.includes(x.sql.trim()) && x.sql.trim() !== '');
  const offset = failure.position !== undefined ? Math.max(0, failure.position - 1) : 0;
  const at = m ? (m.sql === script ? offset : Math.max(0, offset - script.indexOf(m.sql.trim()))) : offset;
  const text = m?.sql ?? script;
  const line = lineAt(text, at);
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  return { kind: 'migration-failed', file: m?.file ?? '(shadow database init)', line, column, message: failure.message ?? 'the script failed' };
}

function engineMessage(e: unknown, bound: ReturnType<DriftModules['bind']>): string {
  const message = e instanceof Error ? e.message : String(e);
  const id = /External error id#(\d+)/.exec(message);
  const original = id ? bound.errorRegistry.consumeError(Number(id[1]))?.error : undefined;
  const text = original instanceof Error ? `${original.message}${original.cause ? `: ${JSON.stringify(original.cause)}` : ''}` : message;
  // The engine appends a Rust span trace ("   0: schema_engine_wasm::…"): useful to a bug report, noise to a user.
  return text.split('\n').filter((l) => !/^\s+(\d+: |at )/.test(l)).join('\n').trim();
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
