import { createServer, type AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { runLedgerGuard, tempRepo } from './engine-context';
import { guard } from '../src/guard';

describe('ledger-record connecting', () => {
  const root = tempRepo();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('marks database-url and replica-url as secrets for the runner to mask', () => {
    expect(guard.secretInputs).toEqual(expect.arrayContaining(['database-url', 'replica-url']));
  });

  it('says clearly that nothing listens, without printing the password', async () => {
    const run = runLedgerGuard({ event: 'build', 'database-url': 'postgres://ledger:hunter2@127.0.0.1:1/ledger', 'connect-timeout': 2 }, { root, run: { sha: 'a'.repeat(40) } });
    await expect(run).rejects.toThrow(/Could not connect to the ledger database at postgres:\/\/ledger:\*\*\*@127\.0\.0\.1:1\/ledger: the server refused the connection/);
    await expect(run).rejects.not.toThrow(/hunter2/);
  });

  it('gives up on a server that never answers after connect-timeout, naming the timeout', async () => {
    // Accepts the TCP connection and then says nothing, like a hung server or a black-holing proxy.
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    try {
      const run = runLedgerGuard({ event: 'verify', 'database-url': `postgres://u:p@127.0.0.1:${port}/ledger`, 'connect-timeout': 1 }, { root });
      await expect(run).rejects.toThrow(/no answer within 1 s/);
    } finally {
      silent.close();
    }
  });

  it('needs database-url in GitHub Actions unless embedded is asked for', async () => {
    await expect(runLedgerGuard({ event: 'verify' }, { root, inActions: true })).rejects.toThrow(/needs database-url in GitHub Actions.*embedded: true/);
  });

  it('refuses an expected-head that is not <seq>:<hash>', async () => {
    await expect(runLedgerGuard({ event: 'verify', 'expected-head': 'latest' }, { root })).rejects.toThrow(/expected-head must be <seq>:<64 hex hash>/);
  });
});
