import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileLedger, CHILD_ENV } = require('../../../actions/ledger-record/test/compile-ledger.cjs') as { compileLedger(entries: string[], outDir: string): string[]; CHILD_ENV: Record<string, string> };

let compiled: string | undefined;

/** Starts test/serve-worker.ts in its own Node process; resolves once it listens. */
export async function startWorker(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  compiled ??= compileLedger(['packages/ledger/test/serve-worker.ts'], fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-worker-')))[0];
  const child = spawn(process.execPath, [compiled, databaseUrl], { env: { ...process.env, ...CHILD_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\S+)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the ledger worker exited ${code}: ${err}`)));
  });
  return { url, child };
}
