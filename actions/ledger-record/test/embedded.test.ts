import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLockFile } from '../src/db/lock-file';
import { usePgliteOutsideJest } from './backends';
import { runLedgerGuard, tempRepo } from './engine-context';

describe('the embedded ledger', () => {
  const root = tempRepo();
  beforeAll(() => usePgliteOutsideJest());
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps a chain under .bickford/ledger across CLI runs without database-url, and releases its lock', async () => {
    const first = await runLedgerGuard({ event: 'build', commit: 'a'.repeat(40) }, { root, repository: undefined });
    const second = await runLedgerGuard({ event: 'verify' }, { root });
    expect(first.outputs).toMatchObject({ 'head-seq': '1', appended: 'true', 'tenant-id': 'acme/shop' });
    expect(second.outputs).toMatchObject({ verified: 'true', 'head-seq': '1', 'head-hash': first.outputs['ledger-hash'] });
    expect(existsSync(join(root, '.bickford/ledger/PG_VERSION'))).toBe(true);
    expect(existsSync(join(root, '.bickford/ledger.lock'))).toBe(false);
  });

  it('runs in Actions with embedded: true, under the work directory', async () => {
    const result = await runLedgerGuard({ event: 'build', commit: 'b'.repeat(40), embedded: true, 'tenant-id': 'ci' }, { root, inActions: true });
    expect(result.outputs['head-seq']).toBe('1');
  });
});

describe('acquireLockFile', () => {
  const dir = tempRepo();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tells a second process that the ledger is in use, naming the holder', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      mkdirSync(join(dir, '.bickford'), { recursive: true });
      writeFileSync(join(dir, '.bickford/ledger.lock'), `${holder.pid}\n`);
      expect(() => acquireLockFile(join(dir, '.bickford/ledger.lock'))).toThrow(new RegExp(`ledger is in use by process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => gone.on('close', r));
    writeFileSync(join(dir, 'stale.lock'), `${gone.pid}\n`);
    const release = acquireLockFile(join(dir, 'stale.lock'));
    expect(readFileSync(join(dir, 'stale.lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(join(dir, 'stale.lock'))).toBe(false);
  });
});
