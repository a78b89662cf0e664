import { InternalError } from '../errors';
import type { GitReader } from '../io/git';
import { NodeRepoFs } from '../io/repo-fs';
import { createFixtureRepo } from '../../test/harness/fixture-repo';
import { ApiBaseView } from './base-view';

const noGit: GitReader = { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] };

describe('ApiBaseView', () => {
  // The head of a PR that added b, edited a, deleted c and renamed d to e, in a clone that lacks the base.
  const repo = createFixtureRepo({}, { 'm/a/migration.sql': 'new a', 'm/b/migration.sql': 'b', 'm/e/migration.sql': 'd', 'm/keep/migration.sql': 'same' });
  const fs = new NodeRepoFs(repo.dir);
  const view = new ApiBaseView(
    noGit,
    fs,
    'BASE',
    [
      { path: 'm/a/migration.sql', status: 'modified' },
      { path: 'm/b/migration.sql', status: 'added' },
      { path: 'm/c/migration.sql', status: 'deleted' },
      { path: 'm/e/migration.sql', status: 'renamed', previousPath: 'm/d/migration.sql' },
    ],
    new Map([
      ['m/a/migration.sql', 'old a'],
      ['m/c/migration.sql', 'c'],
      ['m/d/migration.sql', 'd'],
    ]),
  );

  it('lists the base as the head minus what the PR added plus what it deleted or renamed away', () => {
    expect(view.hasCommit('BASE')).toBe(true);
    expect(view.listFiles('BASE', 'm')).toEqual(['m/a/migration.sql', 'm/c/migration.sql', 'm/d/migration.sql', 'm/keep/migration.sql']);
  });

  it("answers a file's base content from the API's copy, the head's for an untouched file, none for an added one", () => {
    expect(view.show('BASE', 'm/a/migration.sql')).toBe('old a');
    expect(view.show('BASE', 'm/keep/migration.sql')).toBe('same');
    expect(view.show('BASE', 'm/b/migration.sql')).toBeUndefined();
  });

  it('reads `./path` as the same guard-root-relative path, as git does (migration-score asks that way)', () => {
    expect(view.show('BASE', './m/a/migration.sql')).toBe('old a');
    expect(view.show('BASE', './m/b/migration.sql')).toBeUndefined();
  });

  it('calls a changed file whose base content was not fetched a bug rather than guessing', () => {
    const bare = new ApiBaseView(noGit, fs, 'BASE', [{ path: 'm/a/migration.sql', status: 'modified' }], new Map());
    expect(() => bare.show('BASE', 'm/a/migration.sql')).toThrow(InternalError);
  });
});
