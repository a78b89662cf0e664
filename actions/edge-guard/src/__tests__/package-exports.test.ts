import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exports as resolveExportsAlone } from 'resolve.exports';
import { EDGE_RESOLVE_CONDITIONS, exportsTargets, importsTargets, selectConditions } from '../engine/package-exports';

// Differential test of exportsTargets/importsTargets against Node's own resolver (import.meta.resolve and
// require.resolve with --conditions), on every package installed in this repository's node_modules. Node always
// adds `node` and `import`/`require`, so its condition sets are the ones compared; the edge sets go through the
// same code with other names in the set.

const REPO = path.resolve(__dirname, '../../../..');
const NODE_MODULES = path.join(REPO, 'node_modules');

type Mode = 'import' | 'require';

interface Probe {
  spec: string;
  pkgDir: string;
  exports: unknown;
  subpath: string;
}

function installedPackages(): { name: string; dir: string; manifest: Record<string, unknown> }[] {
  const out: { name: string; dir: string; manifest: Record<string, unknown> }[] = [];
  const visit = (dir: string, name: string) => {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) return;
    try {
      out.push({ name, dir, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> });
    } catch {
      // not a package
    }
  };
  for (const entry of fs.readdirSync(NODE_MODULES)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const sub of fs.readdirSync(path.join(NODE_MODULES, entry))) visit(path.join(NODE_MODULES, entry, sub), `${entry}/${sub}`);
    else visit(path.join(NODE_MODULES, entry), entry);
  }
  return out;
}

function subpathMap(exportsField: unknown): Record<string, unknown> {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return { '.': exportsField };
  const map = exportsField as Record<string, unknown>;
  return Object.keys(map).some((k) => k.startsWith('.')) ? map : { '.': map };
}

/** A concrete subpath for a `*` key: a file that exists where the key's target points under `conditions`. */
function instanceOf(pkgDir: string, key: string, value: unknown, conditions: Set<string>): string | undefined {
  const chosen = selectConditions(value, conditions);
  const target = typeof chosen === 'string' ? chosen : Array.isArray(chosen) && typeof chosen[0] === 'string' ? chosen[0] : undefined;
  if (!target || target.split('*').length !== 2 || key.split('*').length !== 2) return undefined;
  const [before, after] = target.split('*');
  const dir = path.join(pkgDir, before.slice(0, before.lastIndexOf('/') + 1));
  const head = before.slice(before.lastIndexOf('/') + 1);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return undefined;
  const file = fs.readdirSync(dir).sort().find((f) => f.startsWith(head) && f.endsWith(after) && f.length > head.length + after.length && !f.includes('/'));
  if (!file) return undefined;
  const star = file.slice(head.length, file.length - after.length);
  return key.replace('*', star);
}

function probes(conditions: Set<string>): Probe[] {
  const out: Probe[] = [];
  for (const { name, dir, manifest } of installedPackages()) {
    if (manifest.exports === undefined || manifest.exports === null || name.startsWith('@types/')) continue;
    if (manifest.name !== name) continue; // an alias install (npm:other@x): Node resolves it by its folder, so do we, but the names differ
    const map = subpathMap(manifest.exports);
    for (const [key, value] of Object.entries(map)) {
      if (!key.startsWith('.') || key.endsWith('/')) continue;
      const subpath = key.includes('*') ? instanceOf(dir, key, value, conditions) : key;
      if (!subpath) continue;
      out.push({ spec: subpath === '.' ? name : `${name}/${subpath.slice(2)}`, pkgDir: dir, exports: manifest.exports, subpath });
    }
  }
  return out;
}

/** Node's answer per specifier: a real path, 'not-exported', or 'other' (a missing file, a syntax error, ...). */
function nodeResolves(specs: string[], mode: Mode, extra: string[]): Map<string, string> {
  const script =
    mode === 'import'
      ? `import { fileURLToPath } from 'node:url'; import { realpathSync } from 'node:fs';
         const specs = JSON.parse(process.env.SPECS); const out = {};
         for (const s of specs) { try { out[s] = realpathSync(fileURLToPath(import.meta.resolve(s))); } catch (e) { out[s] = e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? 'not-exported' : 'other:' + e.code; } }
         process.stdout.write(JSON.stringify(out));`
      : `const { realpathSync } = require('node:fs'); const specs = JSON.parse(process.env.SPECS); const out = {};
         for (const s of specs) { try { out[s] = realpathSync(require.resolve(s)); } catch (e) { out[s] = e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? 'not-exported' : 'other:' + e.code; } }
         process.stdout.write(JSON.stringify(out));`;
  const args = [...extra.map((c) => `--conditions=${c}`), ...(mode === 'import' ? ['--input-type=module'] : []), '-e', script];
  const out = execFileSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, SPECS: JSON.stringify(specs), NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });
  return new Map(Object.entries(JSON.parse(out) as Record<string, string>));
}

function ours(p: Probe, conditions: Set<string>): string {
  const [first] = exportsTargets(p.exports, p.subpath, conditions);
  if (first === undefined) return 'not-exported';
  const file = path.join(p.pkgDir, first);
  return fs.existsSync(file) ? fs.realpathSync(file) : `missing:${file}`;
}

describe('exportsTargets against Node’s resolver on the installed packages', () => {
  const cases: [Mode, string[]][] = [
    ['import', []],
    ['require', []],
    ['import', ['edge-light', 'browser', 'module']],
    ['require', ['edge-light', 'worker']],
    ['import', ['react-server']],
  ];
  it.each(cases)('%s with --conditions %j', (mode, extra) => {
    const conditions = new Set(['node', mode, 'default', ...extra]);
    const all = probes(conditions);
    const node = nodeResolves(
      all.map((p) => p.spec),
      mode,
      extra,
    );
    let compared = 0;
    const disagreements: string[] = [];
    for (const p of all) {
      const theirs = node.get(p.spec)!;
      if (theirs.startsWith('other:')) continue; // e.g. a target file the package does not ship: not a resolution question
      const mine = ours(p, conditions);
      compared++;
      if (mine !== theirs) disagreements.push(`${p.spec}: node ${theirs}, ours ${mine}`);
    }
    expect(disagreements).toEqual([]);
    // The repository's own dependencies exercise the algorithm broadly (hundreds of subpaths, patterns included).
    expect(compared).toBeGreaterThan(300);
  });
});

describe('condition choice where resolve.exports alone differs from Node', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const exportsMap = {
    // A matching condition whose nested map has nothing for the active set: Node goes on to `default`.
    './fall': { node: { import: './fall-node.mjs' }, default: './fall-default.js' },
    // null under a matching condition: not exported, Node does not go on.
    './blocked': { 'edge-light': null, default: './blocked.js' },
  };
  write('node_modules/probe/package.json', JSON.stringify({ name: 'probe', exports: exportsMap }));
  for (const f of ['fall-node.mjs', 'fall-default.js', 'blocked.js']) write(`node_modules/probe/${f}`, 'export {};\n');
  const nodeSays = (spec: string, extra: string[]) =>
    execFileSync(process.execPath, [...extra.map((c) => `--conditions=${c}`), '-e', `try { console.log(require('node:path').basename(require.resolve(${JSON.stringify(spec)}))) } catch (e) { console.log(e.code) }`], { cwd: root, encoding: 'utf8' }).trim();

  it('falls through to the next key like Node, where resolve.exports stops', () => {
    const requireSet = new Set(['node', 'require', 'default']);
    expect(nodeSays('probe/fall', [])).toBe('fall-default.js');
    expect(exportsTargets(exportsMap, './fall', requireSet)).toEqual(['./fall-default.js']);
    expect(() => resolveExportsAlone({ name: 'probe', exports: exportsMap }, './fall', { require: true })).toThrow(/No known conditions/);
  });

  it('treats null under an active condition as not exported, like Node (the hand-written resolver went on to default)', () => {
    expect(nodeSays('probe/blocked', ['edge-light'])).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(exportsTargets(exportsMap, './blocked', new Set(['node', 'require', 'default', 'edge-light']))).toEqual([]);
    expect(exportsTargets(exportsMap, './blocked', EDGE_RESOLVE_CONDITIONS)).toEqual([]);
    expect(nodeSays('probe/blocked', [])).toBe('blocked.js');
    expect(exportsTargets(exportsMap, './blocked', new Set(['node', 'require', 'default']))).toEqual(['./blocked.js']);
  });
});

describe('importsTargets', () => {
  const imports = { '#db': { 'edge-light': './src/db.edge.ts', default: './src/db.ts' }, '#lib/*': './src/lib/*.ts', '#dep': 'some-package' };
  it('chooses the edge condition, expands patterns and passes package targets through', () => {
    expect(importsTargets(imports, '#db')).toEqual(['./src/db.edge.ts']);
    expect(importsTargets(imports, '#db', new Set(['node', 'import', 'default']))).toEqual(['./src/db.ts']);
    expect(importsTargets(imports, '#lib/a/b')).toEqual(['./src/lib/a/b.ts']);
    expect(importsTargets(imports, '#dep')).toEqual(['some-package']);
    expect(importsTargets(imports, '#missing')).toEqual([]);
  });
});
