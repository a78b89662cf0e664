#!/usr/bin/env node
// Writes pglite-fresh-cluster.tar.gz: the data directory of a PGlite cluster straight after initdb, gzipped.
// The drift check starts its shadow database from it (PGlite.create({ loadDataDir })) instead of running initdb
// on every run: initdb is most of PGlite's start-up (measured ~5x slower than loading this dump, see
// bench/results/prisma-guard-drift.md). Regenerate after upgrading @electric-sql/pglite; the drift tests load it
// with the installed PGlite and the check falls back to initdb if it cannot be loaded.
//   node actions/prisma-guard/assets/make-fresh-cluster.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { PGlite } = require('@electric-sql/pglite');
const db = await PGlite.create();
const dump = await db.dumpDataDir('gzip');
await db.close();
const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'pglite-fresh-cluster.tar.gz');
fs.writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
