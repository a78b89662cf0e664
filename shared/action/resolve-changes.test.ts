import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliGitReader } from '../io/git';
import { NodeRepoFs } from '../io/repo-fs';
import type { Logger } from '../logger';
import { resolveChanges } from './resolve-changes';

const env = { ...process.env, GIT_AUTHOR_NAME: 'f', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'f', GIT_COMMITTER_EMAIL: 'f@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env }).trim();

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => {}, info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`), error: (m) => lines.push(`error: ${m}`), group: (_n, fn) => fn() };
}

/** main and feature each 80 commits past their merge base: deeper than the first fetch round. */
function divergedRepo(): { full: string; base: string; head: string } {
  const full = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-diverged-'));
  git(full, 'init', '-q', '-b', 'main');
  fs.mkdirSync(path.join(full, 'app'));
  fs.writeFileSync(path.join(full, 'app', 'root.txt'), 'root');
  git(full, 'add', '-A');
  git(full, 'commit', '-qm', 'root');
  for (let i = 0; i < 80; i++) git(full, 'commit', '-q', '--allow-empty', '-m', `main ${i}`);
  const base = git(full, 'rev-parse', 'HEAD');
  git(full, 'checkout', '-q', '-b', 'feature', 'HEAD~80');
  for (let i = 0; i < 79; i++) git(full, 'commit', '-q', '--allow-empty', '-m', `feature ${i}`);
  fs.writeFileSync(path.join(full, 'app', 'new.sql'), 'SELECT 1;');
  fs.writeFileSync(path.join(full, 'outside.txt'), 'x');
  git(full, 'add', '-A');
  git(full, 'commit', '-qm', 'feature change');
  return { full, base, head: git(full, 'rev-parse', 'HEAD') };
}

describe('resolveChanges', () => {
  it('deepens the fetch until the merge base appears, and translates the changes into the guard root', async () => {
    const { full, base, head } = divergedRepo();
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-shallow-'));
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${full}`, '.');
    const logger = recordingLogger();
    const guardRoot = path.join(clone, 'app');
    const r = await resolveChanges({ base, head, git: new CliGitReader(guardRoot), fs: new NodeRepoFs(guardRoot), logger, fetch: true, api: 'no github-token' });
    expect(r.kind).toBe('known');
    if (r.kind !== 'known') return;
    expect(r.source).toBe('fetch');
    expect(r.changes.files).toEqual([{ path: 'new.sql', status: 'added' }]);
    expect(logger.lines).toContain(`Change set: no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)} within 50 commits.`);
    expect(logger.lines.some((l) => l.includes('depth 250'))).toBe(true);
    expect(logger.lines.some((l) => l.includes('(1 more outside the working directory)'))).toBe(true);
  });

  it('is unknown, naming each source tried, when git cannot fetch and there is no API', async () => {
    const { full, base, head } = divergedRepo();
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-shallow-'));
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${full}`, '.');
    git(clone, 'remote', 'set-url', 'origin', path.join(clone, 'missing'));
    const logger = recordingLogger();
    const r = await resolveChanges({ base, head, git: new CliGitReader(clone), fs: new NodeRepoFs(clone), logger, fetch: true, api: 'no github-token' });
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.tried).toEqual([
      expect.stringContaining(`git: the clone lacks ${base.slice(0, 7)}`),
      expect.stringMatching(/^git fetch --no-tags --depth=50 origin/),
      'the REST API: no github-token',
    ]);
    expect(r.finding).toMatchObject({ ruleId: 'change-set-unknown', severity: 'error' });
    expect(r.finding.help).toContain('fetch-depth: 0');
  });

  it('is none, and says so, without a base or on the first push of a branch', async () => {
    const logger = recordingLogger();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-none-'));
    const opts = { git: new CliGitReader(dir), fs: new NodeRepoFs(dir), logger, fetch: true as const, api: 'x' };
    expect(await resolveChanges({ ...opts, base: undefined })).toMatchObject({ kind: 'none' });
    expect(await resolveChanges({ ...opts, base: '0'.repeat(40) })).toMatchObject({ kind: 'none', reason: expect.stringContaining('new branch') });
    expect(logger.lines.every((l) => l.startsWith('Change set: none'))).toBe(true);
  });
});
