import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../errors';
import { NodeRepoFs } from './repo-fs';
import { discoverWorkspaces } from './workspaces';

function tree(files: Record<string, string>): NodeRepoFs {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'workspaces-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return new NodeRepoFs(root);
}

const pkg = (name: string) => JSON.stringify({ name });
const dirs = (repo: NodeRepoFs) => discoverWorkspaces(repo).packages.map((p) => `${p.dir}=${p.name}`);

// Layouts where the lists differ by package manager, or where a glob is written in one of its variants.
const LAYOUTS: Record<string, Record<string, string>> = {
  'pnpm by packageManager, with a stale npm list': {
    'package.json': JSON.stringify({ name: 'root', packageManager: 'pnpm@9.0.0', workspaces: ['legacy/*'] }),
    'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - '!apps/skip'\n",
    'apps/a/package.json': pkg('a'),
    'apps/skip/package.json': pkg('skip'),
    'legacy/b/package.json': pkg('b'),
  },
  'npm by packageManager, with a pnpm-workspace.yaml left behind': {
    'package.json': JSON.stringify({ name: 'root', packageManager: 'npm@10.0.0', workspaces: ['legacy/*'] }),
    'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
    'apps/a/package.json': pkg('a'),
    'legacy/b/package.json': pkg('b'),
  },
  'npm by its lockfile': {
    'package.json': JSON.stringify({ name: 'root', workspaces: ['./legacy/*/'] }),
    'package-lock.json': '{}',
    'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
    'apps/a/package.json': pkg('a'),
    'legacy/b/package.json': pkg('b'),
  },
  'pnpm by its lockfile': {
    'package.json': JSON.stringify({ name: 'root', workspaces: ['legacy/*'] }),
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'pnpm-workspace.yaml': "packages:\n  - 'apps/**'\n  - '!**/fixtures/**'\n",
    'apps/a/package.json': pkg('a'),
    'apps/group/c/package.json': pkg('c'),
    'apps/a/fixtures/f/package.json': pkg('f'),
    'apps/a/node_modules/dep/package.json': pkg('dep'),
    'legacy/b/package.json': pkg('b'),
  },
  'pnpm by devEngines.packageManager': {
    'package.json': JSON.stringify({ name: 'root', devEngines: { packageManager: { name: 'pnpm', version: '9.15.0' } }, workspaces: ['legacy/*'] }),
    'pnpm-workspace.yaml': "packages:\n  - apps/*\n",
    'apps/a/package.json': pkg('a'),
    'legacy/b/package.json': pkg('b'),
  },
  'yarn workspaces.packages': {
    'package.json': JSON.stringify({ name: 'root', packageManager: 'yarn@1.22.22', workspaces: { packages: ['packages/*'] } }),
    'packages/x/package.json': pkg('x'),
    'packages/notapkg/readme.md': 'no manifest\n',
  },
};

describe('discoverWorkspaces', () => {
  it('reads the list of the package manager the repository uses, not the union of both files', () => {
    expect(dirs(tree(LAYOUTS['pnpm by packageManager, with a stale npm list']))).toEqual(['apps/a=a']);
    expect(dirs(tree(LAYOUTS['npm by packageManager, with a pnpm-workspace.yaml left behind']))).toEqual(['legacy/b=b']);
    expect(dirs(tree(LAYOUTS['npm by its lockfile']))).toEqual(['legacy/b=b']);
  });

  it('takes pnpm-workspace.yaml when nothing names the package manager (only pnpm reads it)', () => {
    const repo = tree({ 'package.json': JSON.stringify({ workspaces: ['legacy/*'] }), 'pnpm-workspace.yaml': 'packages: [apps/*]\n', 'apps/a/package.json': pkg('a'), 'legacy/b/package.json': pkg('b') });
    expect(discoverWorkspaces(repo)).toMatchObject({ manager: undefined, source: 'pnpm-workspace.yaml', root: { name: undefined } });
    expect(dirs(repo)).toEqual(['apps/a=a']);
  });

  it('names a nameless package by its directory and skips a package.json that is not an object', () => {
    const repo = tree({ 'package.json': JSON.stringify({ workspaces: ['p/*'] }), 'p/nameless/package.json': '{}', 'p/broken/package.json': '{ nope', 'p/array/package.json': '[]' });
    expect(dirs(repo)).toEqual(['p/nameless=p/nameless']);
  });

  it('is a single package without a workspace list', () => {
    expect(discoverWorkspaces(tree({ 'package.json': pkg('solo') }))).toMatchObject({ source: undefined, root: { name: 'solo' }, packages: [] });
    expect(discoverWorkspaces(tree({}))).toMatchObject({ root: { manifest: {} }, packages: [] });
  });

  it('refuses a pnpm-workspace.yaml that is not YAML, at its line and column', () => {
    const repo = tree({ 'package.json': pkg('root'), 'pnpm-workspace.yaml': "packages:\n  - 'apps/*\n" });
    let error: unknown;
    try {
      discoverWorkspaces(repo);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(/^pnpm-workspace\.yaml is not valid YAML/);
    expect((error as ConfigurationError).location).toMatchObject({ file: 'pnpm-workspace.yaml', line: 3 }); // yaml's position: the end of the unclosed quote
  });
});

/** What the real turbo lists (`turbo ls`), which detects the package manager and reads its workspace globs. */
function turboPackages(root: string): string[] {
  fs.writeFileSync(path.join(root, 'turbo.json'), '{ "tasks": {} }\n');
  const bin = require.resolve('turbo/bin/turbo');
  const out = execFileSync(process.execPath, [bin, 'ls', '--output=json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const json = JSON.parse(out.slice(out.indexOf('{'))) as { packages: { items: { name: string; path: string }[] } };
  return json.packages.items.map((p) => `${p.path}=${p.name}`).sort();
}

describe('discoverWorkspaces against turbo ls', () => {
  it.each(Object.keys(LAYOUTS))('agrees on %s', (name) => {
    const repo = tree(LAYOUTS[name]);
    execFileSync('git', ['init', '-q'], { cwd: repo.root });
    const ours = discoverWorkspaces(repo);
    // turbo 2.11 refuses a repository without `packageManager`; where the lockfile chose it, name that manager
    // for turbo, so the globs are still compared.
    const manifest = JSON.parse(fs.readFileSync(path.join(repo.root, 'package.json'), 'utf8')) as Record<string, unknown>;
    if (!manifest.packageManager && !manifest.devEngines) {
      expect(ours.manager).toBeDefined();
      const versions = { npm: '10.9.0', pnpm: '9.15.0', yarn: '1.22.22', bun: '1.2.0' };
      fs.writeFileSync(path.join(repo.root, 'package.json'), JSON.stringify({ ...manifest, packageManager: `${ours.manager}@${versions[ours.manager!]}` }));
    }
    expect(ours.packages.map((p) => `${p.dir}=${p.name}`).sort()).toEqual(turboPackages(repo.root));
  });
});
