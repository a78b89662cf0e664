import type { CachedFs } from './cached-fs';
import type { EdgeEntry } from './entries';
import type { ForbiddenTarget } from './graph';
import { dirOf, joinRel } from '@shared/io/repo-path';
import type { Resolver } from './resolver';
import { workerConfigOf, type WorkerConfig } from './worker-config';

/**
 * node-postgres and the Prisma adapter over it: the one Postgres setup that needs TCP and still runs on an edge,
 * a Cloudflare Worker with `nodejs_compat` (pg 8.11 and later open sockets through `cloudflare:sockets`, in
 * pg-cloudflare). Prisma documents it as `@prisma/adapter-pg` + `pg` with that flag in its Cloudflare Workers
 * guide; Vercel's edge runtime and Next's edge bundles have no TCP (test/next-oracle case pg-in-middleware), so
 * there Postgres goes through HTTP or WebSocket drivers (`@prisma/adapter-neon`, `@prisma/adapter-ppg`).
 * `pg-native` loads native code and runs nowhere on the edge.
 */
const PG_ON_WORKERS = new Set(['pg', 'pg-pool', 'pg-cursor', 'pg-query-stream', '@prisma/adapter-pg']);
const PG_WORKERS_SINCE = [8, 11];

export type PgVerdict = { allowed: true } | { allowed: false; hint?: string };

export class PgOnWorkers {
  private readonly configs = new Map<string, WorkerConfig | undefined>();

  constructor(
    private readonly cfs: CachedFs,
    private readonly resolver: Resolver,
  ) {}

  /** Whether this entry may reach this target because it is a Worker set up for pg; else a hint for the finding. */
  check(entry: EdgeEntry, target: ForbiddenTarget): PgVerdict {
    const pg = target.kind === 'driver' ? target.label : target.kind === 'prisma-client' ? target.adapter : undefined;
    if (!pg || !PG_ON_WORKERS.has(pg)) return { allowed: false };
    // Next builds its edge code for its own edge runtime, whatever hosts it: no TCP there.
    if (entry.next) return { allowed: false };
    const worker = workerConfigOf(this.cfs, entry.file, this.configs);
    if (!worker) return { allowed: false };
    if (worker.problem) return { allowed: false, hint: `${worker.file} ${worker.problem}, so whether it sets nodejs_compat (which pg needs on Workers) is unknown` };
    if (!worker.nodejsCompat) return { allowed: false, hint: `pg runs on Cloudflare Workers only with "nodejs_compat" in compatibility_flags, which ${worker.file} does not set` };
    const version = this.installedPgVersion(entry.file);
    if (version && !atLeast(version, PG_WORKERS_SINCE)) return { allowed: false, hint: `the installed pg ${version} predates Workers support (pg 8.11)` };
    return { allowed: true };
  }

  private installedPgVersion(file: string): string | undefined {
    const dir = this.resolver.packageDir('pg', dirOf(file));
    const v = dir ? this.cfs.readJson(joinRel(dir, 'package.json'))?.version : undefined;
    return typeof v === 'string' ? v : undefined;
  }
}

function atLeast(version: string, min: number[]): boolean {
  const parts = version.split(/[.-]/).map(Number);
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
}
