import type * as Crypto from 'node:crypto';

/**
 * node:crypto, required on the first hash or UUID instead of at start-up. Loading node:crypto costs ~3 MiB of
 * peak memory on Node 24 (its internals now include argon2, KEM, ...) against ~1.5 MiB on Node 20, and the
 * smallest runs never need it: publish on an event it refuses, any step that exits on its inputs. Measured on
 * the publish dist (bench/startup, Node 24.22.3 / 20.20.2, max RSS): 50.6 / 42.2 MiB (1.20x) with node:crypto
 * imported at the top of finding.ts, inert.ts and workflow-commands.ts, 48.1 / 41.1 MiB (1.17x) with this.
 * Same functions, same results: only when the module is loaded changes.
 */
const crypto = (): typeof Crypto => require('node:crypto') as typeof Crypto;

export const createHash = (algorithm: string): Crypto.Hash => crypto().createHash(algorithm);

export const randomUUID = (): `${string}-${string}-${string}-${string}-${string}` => crypto().randomUUID();
