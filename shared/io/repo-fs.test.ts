import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeRepoFs } from './repo-fs';

function tree(files: Record<string, string>): NodeRepoFs {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repo-fs-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return new NodeRepoFs(root);
}

describe('NodeRepoFs.glob', () => {
  const repo = tree({
    'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
    'prisma/migrations/20240101000000_init/migration.sql': 'SELECT 1;\n',
    'prisma/migrations/20240101000000_init/nested/migration_lock.toml': 'stray copy\n',
    'apps/api/prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
    'node_modules/pkg/prisma/migrations/migration_lock.toml': 'a dependency\n',
    'README.md': '# x\n',
  });

  it('finds files at any depth, sorted, and skips node_modules unless a pattern names it', () => {
    expect(repo.glob('**/migration_lock.toml')).toEqual([
      'apps/api/prisma/migrations/migration_lock.toml',
      'prisma/migrations/20240101000000_init/nested/migration_lock.toml',
      'prisma/migrations/migration_lock.toml',
    ]);
    expect(repo.glob('node_modules/**/migration_lock.toml')).toEqual(['node_modules/pkg/prisma/migrations/migration_lock.toml']);
  });

  it('with a leaf marker, matches the files beside the marker and walks none of that folder\'s subfolders', () => {
    expect(repo.glob('**/migration_lock.toml', { leafMarker: 'migration_lock.toml' })).toEqual([
      'apps/api/prisma/migrations/migration_lock.toml',
      'prisma/migrations/migration_lock.toml',
    ]);
    expect(repo.glob('**/*.sql', { leafMarker: 'migration_lock.toml' })).toEqual([]);
  });

  it('leaves ignored paths out', () => {
    expect(repo.glob('**/migration_lock.toml', { ignore: ['apps/**'], leafMarker: 'migration_lock.toml' })).toEqual(['prisma/migrations/migration_lock.toml']);
  });
});
