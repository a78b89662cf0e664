// The config reader alone, bundled as prisma-guard's dist bundles it (run.mjs): how long the first read of a
// prisma.config.ts takes in a fresh process (loading the parser included), and a later read.
import * as fs from 'node:fs';
import { readPrismaConfig } from '@shared/prisma/read-config';

const text = fs.readFileSync(process.argv[2], 'utf8');
const t0 = process.hrtime.bigint();
const info = readPrismaConfig('prisma.config.ts', text);
const t1 = process.hrtime.bigint();
readPrismaConfig('prisma.config.ts', text);
const t2 = process.hrtime.bigint();
const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
process.stdout.write(`${JSON.stringify({ firstMs: ms(t0, t1), againMs: ms(t1, t2), schema: info.schema?.kind, rssMiB: process.memoryUsage().rss / 2 ** 20 })}\n`);
