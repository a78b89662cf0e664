import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const runner = path.join(__dirname, 'edge-vm-runner.mjs');
const edgeDist = path.resolve(__dirname, '..', 'dist', 'edge');

function runInEdgeVm(globals: Record<string, unknown>) {
  const out = execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', runner, edgeDist, JSON.stringify(globals)], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('the edge build in a context without process or require', () => {
  it('loads, detects the edge from the EdgeRuntime global and denies Prisma there', () => {
    const r = runInEdgeVm({ EdgeRuntime: 'edge-runtime' });
    expect(r.hasProcess).toBe(false);
    expect(r.hasRequire).toBe(false);
    expect(r.isEdge).toBe(true);
    expect(r.isNode).toBe(false);
    expect(r.context).toMatchObject({ runtime: 'edge', missing: ['DATABASE_URL'] });
    expect(r.prisma).toMatchObject({ ruleId: 'runtime-prisma-on-edge', severity: 'error', location: { file: 'app/api/users/route.ts', line: 3 } });
    expect(r.prisma.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(r.envs).toMatchObject({ ruleId: 'env-required-missing', properties: { missing: ['DATABASE_URL'] } });
  });

  it('throws an invariant error from assertNodeRuntime that names the runtime', () => {
    const r = runInEdgeVm({ EdgeRuntime: 'vercel' });
    expect(r.assert).toMatchObject({ name: 'RuntimeInvariantError', isError: true });
    expect(r.assert.message).toContain('the database client needs the Node.js runtime');
    expect(r.assert.message).toContain('EdgeRuntime=vercel');
  });

  it('reads variables from a process.env shim, as Next.js provides one on the edge', () => {
    const r = runInEdgeVm({ process: { env: { NEXT_RUNTIME: 'edge', DATABASE_URL: 'postgres://secret@db/app' } } });
    expect(r.isEdge).toBe(true);
    expect(r.context).toMatchObject({ runtime: 'edge', nextRuntime: 'edge', missing: [] });
    expect(r.envs).toBeNull();
  });

  it('treats a context with no edge marker and no Node version as neither runtime', () => {
    const r = runInEdgeVm({});
    expect(r.isEdge).toBe(false);
    expect(r.isNode).toBe(false);
    expect(r.context.runtime).toBe('unknown');
    expect(r.prisma).toBeNull();
    expect(r.assert?.name).toBe('RuntimeInvariantError');
  });
});
