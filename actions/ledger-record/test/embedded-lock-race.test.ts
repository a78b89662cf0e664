import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usePgliteOutsideJest } from './backends';
import { openPglite } from '../src/db/pglite-client';
import { verifyChain } from '../src/ledger/verify-chain';
const { compileLedger, CHILD_ENV } = require('./compile-ledger.cjs') as {
  compileLedger(entries: string[], outDir: string): string[];
  CHILD_ENV: Record<string, string>;
};

const ROUNDS = 32;
const PROCESSES = 5;

function runWorker(worker: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [worker, ...args], { env: { ...process.env, ...CHILD_ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

async function deadPid(): Promise<number> {
  const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => gone.on('close', r));
  return gone.pid!;
}

/** The holders as the log tells them: every start is followed by the same process's end, never by another start. */
function overlaps(log: string): string[] {
  const bad: string[] = [];
  let holder: string | undefined;
  for (const line of log.trim().split('\n')) {
    const [what, pid] = line.split(' ');
    if (what === 'start') {
      if (holder) bad.push(`${pid} started while ${holder} held the lock`);
      holder = pid;
    } else {
      if (holder !== pid) bad.push(`${pid} ended while ${holder ?? 'nobody'} held the lock`);
      holder = undefined;
    }
  }
  return bad;
}

describe('the embedded ledger lock, from separate processes', () => {
  let dir: string;
  let worker: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-lock-'));
    [worker] = compileLedger(['actions/ledger-record/test/lock-worker.ts'], join(dir, 'build'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`has one holder at a time and loses no update when ${PROCESSES} processes race for a stale lock, ${ROUNDS} rounds`, async () => {
    const stale = await deadPid();
    const problems: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const lock = join(dir, `r${round}.lock`);
      const log = join(dir, `r${round}.log`);
      const counter = join(dir, `r${round}.count`);
      writeFileSync(lock, `${stale}\n`); // left by a process killed with SIGKILL
      writeFileSync(log, '');
      writeFileSync(counter, '0');
      const results = await Promise.all(Array.from({ length: PROCESSES }, () => runWorker(worker, ['counter', lock, log, counter])));
      problems.push(...results.filter((r) => r.code !== 0).map((r) => `round ${round}: ${r.stderr}`));
      problems.push(...overlaps(readFileSync(log, 'utf8')).map((p) => `round ${round}: ${p}`));
      if (readFileSync(counter, 'utf8') !== String(PROCESSES)) problems.push(`round ${round}: counter ${readFileSync(counter, 'utf8')}, not ${PROCESSES}: an update was lost`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('keeps every acknowledged append when 4 processes take turns on one embedded ledger after a stale lock', async () => {
    const data = join(dir, 'ledger');
    const log = join(dir, 'pglite.log');
    writeFileSync(log, '');
    writeFileSync(`${data}.lock`, `${await deadPid()}\n`);
    const results = await Promise.all(Array.from({ length: 4 }, () => runWorker(worker, ['pglite', `${data}.lock`, log, '', data, 'acme/embedded', '5'])));
    expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    expect(overlaps(readFileSync(log, 'utf8'))).toEqual([]);
    usePgliteOutsideJest();
    const db = await openPglite(data);
    try {
      const report = await verifyChain(db, 'acme/embedded');
      expect(report.broken).toBeUndefined();
      expect(report.checked).toBe(1 + 4 * 5);
    } finally {
      await db.close();
    }
  }, 300_000);
});
