import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createFixtureRepo } from '../../test/harness/fixture-repo';
import { checkoutBase, checkoutBaseAsync } from './base-tree';

describe('checkoutBaseAsync', () => {
  const repo = createFixtureRepo({ 'app/a.ts': 'base a\n', 'app/gone.ts': 'gone\n' }, { 'app/a.ts': 'head a\n', 'app/gone.ts': null, 'app/new.ts': 'new\n' });
  const worktrees = () => (fs.existsSync(path.join(repo.dir, '.git', 'worktrees')) ? fs.readdirSync(path.join(repo.dir, '.git', 'worktrees')) : []);

  it('checks out the same base tree as checkoutBase, and dispose removes it and its git entry', async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-tree-test-'));
    const sync = checkoutBase(repo.dir, 'app/', repo.base, temp);
    const async = await checkoutBaseAsync(repo.dir, 'app/', repo.base, temp);
    if (typeof sync === 'string' || typeof async === 'string') throw new Error(`${sync} ${async}`);
    for (const tree of [sync, async]) {
      expect(fs.readdirSync(tree.root).sort()).toEqual(['a.ts', 'gone.ts']);
      expect(fs.readFileSync(path.join(tree.root, 'a.ts'), 'utf8')).toBe('base a\n');
    }
    sync.dispose();
    async.dispose();
    expect(fs.existsSync(async.root)).toBe(false);
    expect(worktrees()).toEqual([]);
    expect(fs.readFileSync(path.join(repo.dir, 'app', 'a.ts'), 'utf8')).toBe('head a\n');
  });

  it('says why when the commit is not in the clone, and leaves nothing behind', async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-tree-test-'));
    const tree = await checkoutBaseAsync(repo.dir, '', '0123456789012345678901234567890123456789', temp);
    expect(tree).toMatch(/^git worktree add 0123456: /);
    expect(fs.readdirSync(temp)).toEqual([]);
    expect(worktrees()).toEqual([]);
  });
});
