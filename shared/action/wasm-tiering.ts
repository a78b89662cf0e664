import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by the entry points that run WebAssembly (Prisma's schema engine, libpg-query, PGlite's
 * PostgreSQL), for its effect: V8 compiles WebAssembly with Liftoff only, its quick baseline compiler.
 *
 * By default V8 also recompiles the module with TurboFan on background threads, and a process that is done
 * waits for them before it exits. A guard's run lasts well under a second, so that second compile never pays
 * back: on a 2-core runner it cost prisma-guard ~120 ms of waiting at exit plus the cores it took from the
 * work (bench/results/prisma-guard.md; `node --liftoff-only` measures the same); a ledger verify on PGlite went
 * from 0.91 s to 0.65 s. Only WebAssembly is affected; JavaScript tiers up as usual. Must run before the first
 * WebAssembly module is compiled.
 */
setFlagsFromString('--liftoff-only');
