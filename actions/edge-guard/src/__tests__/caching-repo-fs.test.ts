import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { CachingRepoFs } from '../engine/caching-repo-fs';
import { writeTree } from './engine-context';

function tree(): string {
  const root = writeTree({
    'package.json': '{}',
    'apps/web/app/page.tsx': 'export default 1;\n',
    'apps/web/app/.hidden/route.ts': 'export {};\n',
    'apps/web/src/lib/a.ts': 'export const a = 1;\n',
    'packages/db/src/index.ts': 'export {};\n',
    'packages/db/src/index.test.ts': 'export {};\n',
    'packages/db/dist/index.js': 'exports.x = 1;\n',
    'node_modules/pg/index.js': 'module.exports = {};\n',
  });
  fs.symlinkSync('loop.ts', path.join(root, 'apps/web/src/lib/loop.ts'));
  fs.symlinkSync(path.join(root, 'packages/db/src'), path.join(root, 'apps/web/db-src'));
  return root;
}

describe('CachingRepoFs', () => {
  it('answers every glob exactly as the uncached RepoFs does', () => {
    const plain = new NodeRepoFs(tree());
    const cached = new CachingRepoFs(plain);
    const cases: [string | string[], { ignore?: string[]; cwd?: string }?][] = [
      ['**/package.json'],
      ['**/*.{ts,tsx}', { ignore: ['**/*.test.*', '**/dist/**'] }],
      ['app/**/page.{ts,tsx}', { cwd: 'apps/web' }],
      ['**/*.ts', { cwd: 'packages/db/src' }],
      ['**/*.ts', { cwd: 'apps/web/db-src' }],
      ['**/*.ts', { cwd: 'packages/db' }],
      ['**/*.ts'],
      ['node_modules/**/*.js'],
      ['**/*.ts', { cwd: 'no/such/dir' }],
    ];
    for (const [patterns, options] of cases) expect(cached.glob(patterns, options)).toEqual(plain.glob(patterns, options));
  });

  it('tells files, directories, missing names and a symlink loop apart', () => {
    const cached = new CachingRepoFs(new NodeRepoFs(tree()));
    expect(cached.isFile('apps/web/src/lib/a.ts')).toBe(true);
    expect(cached.isFile('apps/web/src/lib/a')).toBe(false);
    expect(cached.isDirectory('apps/web/src/lib')).toBe(true);
    expect(cached.isFile('apps/web/src/lib/loop.ts')).toBe(false);
    expect(cached.isDirectory('apps/web/src/lib/loop.ts')).toBe(false);
    expect(cached.list('apps/web/src/lib')).toEqual(['a.ts', 'loop.ts']);
    expect(cached.isFile('apps/web/db-src/index.ts')).toBe(true);
    expect(cached.realpath('apps/web/db-src/index.ts')).toBe('packages/db/src/index.ts');
    expect(cached.isFile('apps/web/../web/src/lib/a.ts')).toBe(true);
  });
});
