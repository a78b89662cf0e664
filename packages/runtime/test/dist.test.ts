import * as fs from 'node:fs';
import * as path from 'node:path';

const pkgDir = path.resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { emitRuntime, addJsExtensions } = require('../scripts/emit.cjs') as {
  emitRuntime(): Map<string, string>;
  addJsExtensions(code: string): string;
};
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

/** The first target an exports entry gives for these conditions, in the map's own key order (Node's algorithm). */
function resolveExport(subpath: string, conditions: string[]): string | undefined {
  const entry = pkg.exports[subpath];
  if (typeof entry === 'string') return entry;
  for (const [key, target] of Object.entries(entry)) if (conditions.includes(key) && typeof target === 'string') return target;
  return undefined;
}

describe('emitRuntime', () => {
  it('matches the committed dist, so users get what src says (run node packages/runtime/scripts/build.cjs)', () => {
    const fresh = emitRuntime();
    for (const [rel, text] of fresh) expect({ rel, text: fs.readFileSync(path.join(pkgDir, 'dist', rel), 'utf8') }).toEqual({ rel, text });
    const committed = fs.readdirSync(path.join(pkgDir, 'dist'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(committed).toHaveLength(fresh.size);
  });

  it('emits an edge build that imports only its own files and never calls require', () => {
    for (const [rel, text] of emitRuntime()) {
      if (!rel.startsWith('edge/') || !rel.endsWith('.js')) continue;
      expect(text).not.toMatch(/\brequire\s*\(/);
      for (const m of text.matchAll(/\bfrom\s+'([^']+)'/g)) expect(m[1]).toMatch(/^\.\/[\w-]+\.js$/);
    }
  });
});

describe('addJsExtensions', () => {
  it('adds .js to relative specifiers only, once', () => {
    expect(addJsExtensions("export * from './finding';\nimport x from 'pkg';\nimport y from './y.js';")).toBe("export * from './finding.js';\nimport x from 'pkg';\nimport y from './y.js';");
  });
});

describe('package.json exports', () => {
  it.each([
    ['node', ['node', 'require'], './dist/node/index.js'],
    ['edge-light', ['edge-light', 'import'], './dist/edge/index.js'],
    ['worker', ['worker', 'import'], './dist/edge/index.js'],
    ['workerd', ['workerd', 'import'], './dist/edge/index.js'],
    ['edge-runtime', ['edge-runtime', 'import'], './dist/edge/index.js'],
    ['a browser bundler', ['browser', 'import'], './dist/edge/index.js'],
  ])('sends %s to the right build', (_name, conditions, expected) => {
    expect(resolveExport('.', conditions)).toBe(expected);
    expect(fs.existsSync(path.join(pkgDir, expected))).toBe(true);
  });

  it('lists types first, as TypeScript reads conditions in order', () => {
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
    expect(fs.existsSync(path.join(pkgDir, pkg.exports['.'].types))).toBe(true);
  });

  it('serves the Node build to require() with working functions', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(path.join(pkgDir, resolveExport('.', ['node', 'require'])!));
    expect(lib.isNodeRuntime()).toBe(true);
    expect(lib.gatePrismaContext('x')).toBeNull();
  });
});
