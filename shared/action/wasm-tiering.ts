import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by the entry points that run WebAssembly (Prisma's schema engine, libpg-query, PGlite's
 * PostgreSQL), for its effect: V8 compiles WebAssembly with Liftoff only, its quick baseline compiler.
 *
 * By default V8 also recompiles the hot functions with TurboFan, and a process that is done waits for those
 * compiles before it exits. A guard's run lasts well under a second, so that second compile never pays back: on
 * a 2-core runner it cost prisma-guard ~120 ms of waiting at exit plus the cores it took from the work
 * (bench/results/prisma-guard.md); a ledger verify on PGlite went from 0.91 s to 0.65 s. On Node 24 (V8 13.6) it
 * costs far more: TurboFan's inlining into libpg-query's parser took migration-score from ~60 MiB to ~600 MiB
 * of peak memory and ~4x the time (bench/results/startup.md).
 *
 * Why three flags: `node --liftoff-only` works by its implications (`--no-wasm-tier-up`,
 * `--no-wasm-dynamic-tiering`), and V8 applies implications only while it parses the command line. On Node 20
 * `setFlagsFromString` applied them too; on Node 24 it sets the one flag named and nothing else, so
 * `--liftoff-only` alone changed nothing there. Naming the implied flags works on both (measured with the
 * libpg-query parse in shared/action/wasm-tiering.test.ts: Node 24 peaks at ~110 MiB with all three, ~670 MiB
 * with `--liftoff-only` alone). Flags set from here apply to modules compiled afterwards: this must run before the
 * first WebAssembly module is compiled, which is why every entry imports it on its first line. It assumes
 * nothing of the bundle format: CommonJS or ESM, the first import is evaluated first. Only WebAssembly is
 * affected; JavaScript tiers up as usual.
 */
export const WASM_TIERING_FLAGS: readonly string[] = Object.freeze(['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']);

for (const flag of WASM_TIERING_FLAGS) setFlagsFromString(flag);
