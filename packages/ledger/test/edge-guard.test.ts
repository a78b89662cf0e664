import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { runEdgeGuard } from '../../../actions/edge-guard/src/engine/run-edge-guard';
import { DEFAULT_OPTIONS } from '../../../actions/edge-guard/src/engine/options';
import { buildEdgeEntry } from './edge-harness';
import { LOCAL_POLICIES } from '@shared/action/guard';

const pkgDir = path.resolve(__dirname, '..');

const MIDDLEWARE = `import { EdgeLedgerClient } from '@bickford/ledger';

const ledger = new EdgeLedgerClient({ url: 'https://ledger.example.com', token: process.env.LEDGER_TOKEN ?? '' });

export async function middleware(request: Request): Promise<Response | undefined> {
  await ledger.appendLedger({ path: new URL(request.url).pathname }, null);
  return undefined;
}

export const config = { matcher: '/api/:path*' };
`;

/**
 * A Next.js app whose middleware imports @bickford/ledger, installed as published: package.json, the edge
 * build, and a Node entry (here the service's real Node code, which imports node:http and node:stream).
 */
function consumer(exportsMap?: unknown): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-consumer-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('package.json', JSON.stringify({ name: 'consumer', private: true, dependencies: { next: '15.5.0', '@bickford/ledger': '0.1.0' } }));
  write('middleware.ts', MIDDLEWARE);
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (exportsMap !== undefined) pkg.exports = exportsMap;
  const installed = 'node_modules/@bickford/ledger';
  write(`${installed}/package.json`, JSON.stringify(pkg, null, 2));
  fs.cpSync(buildEdgeEntry(), path.join(root, installed, 'dist', 'edge'), { recursive: true });
  const serve = ts.transpileModule(fs.readFileSync(path.join(pkgDir, 'src', 'node', 'serve.ts'), 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  write(`${installed}/dist/node/index.js`, serve);
  return root;
}

async function edgeGuard(root: string) {
  const logger = new MemoryLogger();
  const result = await runEdgeGuard(DEFAULT_OPTIONS, { fs: new NodeRepoFs(root), git: { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] }, logger, labels: [], env: {}, workDir: root, policies: LOCAL_POLICIES, run: {} });
  return { findings: result.findings, log: logger.lines.join('\n') };
}

describe('edge-guard on a consumer of @bickford/ledger', () => {
  it('accepts middleware that imports the package: the exports map sends the edge to the dependency-free edge entry', async () => {
    const root = consumer();
    try {
      const { findings, log } = await edgeGuard(root);
      expect(findings.map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual([]);
      expect(log).toMatch(/edge-guard: 1 edge entries/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('would refuse the same middleware if the package sent every runtime to the Node entry', async () => {
    const root = consumer({ '.': { types: './dist/types/node/index.d.ts', default: './dist/node/index.js' } });
    try {
      const { findings } = await edgeGuard(root);
      expect(findings.map((f) => f.ruleId)).toContain('edge-node-builtin');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
