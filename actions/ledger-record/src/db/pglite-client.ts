import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from './sql-client';
import { acquireLockFile } from './lock-file';

type PgliteModule = typeof import('@electric-sql/pglite');

/**
 * PGlite is loaded by Node at run time, never bundled: ncc rewrites its `await import('module')` into
 * a namespace without createRequire, and its `import.meta.url` into a call of a not-yet-defined
 * `require`, and either breaks startup. The action bundle ships PGlite's self-contained CommonJS
 * build as dist/index.cjs beside its .wasm/.data files (package.json `bickford.assets`), where
 * PGlite's own new URL(..., import.meta.url) look-up finds them.
 */
function loadShippedPglite(): PgliteModule {
  // eval hides this require from ncc, which would otherwise bundle the module after all.
  // eslint-disable-next-line no-eval
  const nodeRequire = eval('require') as NodeJS.Require;
  const shipped = join(__dirname, 'index.cjs');
  return nodeRequire(existsSync(shipped) && existsSync(join(__dirname, 'pglite.wasm')) ? shipped : '@electric-sql/pglite') as PgliteModule;
}

let loadPglite: () => PgliteModule = loadShippedPglite;

/**
 * For tests: Jest's module sandbox cannot run PGlite's own dynamic imports, so tests hand in the
 * module as Node loaded it. The action and the CLI never call this.
 */
export function setPgliteLoader(loader: () => PgliteModule): void {
  loadPglite = loader;
}

function wrap(db: Pick<PGlite, 'query' | 'exec'>): SqlQueryable {
  return {
    async query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
      const r = await db.query<R>(text, params as unknown[] | undefined);
      return r.rows;
    },
    async exec(script: string): Promise<void> {
      await db.exec(script);
    },
  };
}

/** An embedded ledger in `dataDir` (in memory without one), locked against a second process until close(). */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const release = dataDir ? acquireLockFile(`${dataDir}.lock`) : () => undefined;
  let db: PGlite;
  try {
    db = await loadPglite().PGlite.create(dataDir);
  } catch (e) {
    release();
    throw e;
  }
  const base = wrap(db);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close(): Promise<void> {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
