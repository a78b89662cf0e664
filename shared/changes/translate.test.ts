import { intoGuardRoot, toRepoPath } from './translate';

describe('intoGuardRoot', () => {
  it('keeps the files under the guard root without the prefix and drops the others', () => {
    expect(
      intoGuardRoot(
        [
          { path: 'monorepo/prisma/a.sql', status: 'added' },
          { path: 'docs/readme.md', status: 'modified' },
          { path: 'monorepo-old/x.sql', status: 'added' },
        ],
        'monorepo/',
      ),
    ).toEqual([{ path: 'prisma/a.sql', status: 'added' }]);
  });

  it('turns a rename across the boundary into an add or a delete, and keeps one inside as a rename', () => {
    expect(
      intoGuardRoot(
        [
          { path: 'monorepo/in.sql', status: 'renamed', previousPath: 'outside/in.sql' },
          { path: 'outside/out.sql', status: 'renamed', previousPath: 'monorepo/out.sql' },
          { path: 'monorepo/b.sql', status: 'renamed', previousPath: 'monorepo/a.sql' },
        ],
        'monorepo/',
      ),
    ).toEqual([
      { path: 'in.sql', status: 'added' },
      { path: 'out.sql', status: 'deleted' },
      { path: 'b.sql', status: 'renamed', previousPath: 'a.sql' },
    ]);
  });

  it('changes nothing at the repository root', () => {
    const files = [{ path: 'a', status: 'added' as const }];
    expect(intoGuardRoot(files, '')).toEqual(files);
    expect(toRepoPath('a/b', '')).toBe('a/b');
    expect(toRepoPath('a/b', 'monorepo/')).toBe('monorepo/a/b');
  });
});
