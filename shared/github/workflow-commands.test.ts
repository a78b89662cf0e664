import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as commands from './workflow-commands';

/**
 * Differential test: the same calls through the real @actions/core (from node_modules, in a child Node process,
 * since the library is an ES module only) and through workflow-commands.ts; what each wrote to stdout and to the
 * GITHUB_OUTPUT file must be the same bytes, random delimiters aside.
 */

const root = path.resolve(__dirname, '..', '..');

/**
 * A call: the function's name and its arguments; `{ error }` stands for an Error, `{ throws }` for a group that
 * rejects, and U for an undefined property (JSON, which carries the calls to the child, would drop it).
 */
const U = '<undefined>';
type Arg = unknown;
type Call = [name: string, ...args: Arg[]];

const nasty = 'a%b\rc\nd:e,f ::x:: ##[y] 100%25';

const CALLS: Call[] = [
  ['info', 'plain line'],
  ['info', nasty],
  ['info', ''],
  ['debug', nasty],
  ['debug', ''],
  ['setSecret', 's3cr%t\nline2'],
  ['warning', 'w1'],
  ['warning', nasty, { title: nasty, file: 'a,b:c.ts', startLine: 3, endLine: 4, startColumn: 5, endColumn: 6 }],
  ['warning', { error: 'boom' }],
  ['error', 'e1', {}],
  ['error', 'e2', { title: 'only a title' }],
  ['error', 'e3', { file: 'x.sql', startLine: 1, startColumn: 1 }],
  // Every property undefined: the library still writes the space before the (empty) properties.
  ['error', 'e4', { file: U, startLine: U, startColumn: U }],
  // Zero is not a value to the library: the property is left out.
  ['error', 'e5', { file: 'f', startLine: 0 }],
  ['error', { error: 'an Error' }, { title: 't' }],
  ['notice', 'n1', { title: 'n', file: 'f', startLine: 2 }],
  ['setOutput', 'verdict', 'pass'],
  ['setOutput', 'multi', 'line 1\nline 2\r\n%'],
  ['setOutput', 'number', 3],
  ['setOutput', 'object', { a: [1, 'x'] }],
  ['setOutput', 'empty', ''],
  ['setOutput', 'nothing', null],
  ['group', 'a group', 'its value'],
  ['group', nasty, { throws: 'inside' }],
];

function revive(a: unknown): unknown {
  if (!a || typeof a !== 'object') return a;
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v === U ? undefined : v]));
}

/** Runs the calls in this process through workflow-commands.ts, capturing stdout. */
async function ours(calls: Call[], outputFile: string | undefined): Promise<{ stdout: string; results: unknown[] }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  const saved = process.env.GITHUB_OUTPUT;
  const results: unknown[] = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  if (outputFile === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = outputFile;
  try {
    for (const [name, ...raw] of calls) {
      const args = raw.map((a) => (a && typeof a === 'object' && 'error' in a ? new Error(String((a as { error: string }).error)) : revive(a)));
      try {
        if (name === 'group') {
          const [title, value] = args as [string, unknown];
          const thrown = value && typeof value === 'object' && 'throws' in value ? String((value as { throws: string }).throws) : undefined;
          results.push(await commands.group(title, async () => {
            if (thrown) throw new Error(thrown);
            return value;
          }));
        } else {
          results.push((commands as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args) ?? null);
        }
      } catch (e) {
        results.push({ threw: (e as Error).message });
      }
    }
  } finally {
    process.stdout.write = write;
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
  }
  return { stdout: chunks.join(''), results };
}

/** The same calls through @actions/core, in a child Node process (the one running Jest). */
function theirs(calls: Call[], outputFile: string | undefined): { stdout: string; results: unknown[] } {
  const script = `
    import * as core from '@actions/core';
    const calls = JSON.parse(process.env.CALLS);
    const revive = (a) => (!a || typeof a !== 'object' ? a : Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v === ${JSON.stringify(U)} ? undefined : v])));
    const results = [];
    const log = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk) => { log.push(String(chunk)); return true; };
    for (const [name, ...raw] of calls) {
      const args = raw.map((a) => (a && typeof a === 'object' && 'error' in a ? new Error(a.error) : revive(a)));
      try {
        if (name === 'group') {
          const [title, value] = args;
          const thrown = value && typeof value === 'object' && 'throws' in value ? value.throws : undefined;
          results.push(await core.group(title, async () => { if (thrown) throw new Error(thrown); return value; }));
        } else results.push(core[name](...args) ?? null);
      } catch (e) { results.push({ threw: e.message }); }
    }
    process.stdout.write = write;
    write(JSON.stringify({ stdout: log.join(''), results }));
  `;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, CALLS: JSON.stringify(calls) };
  if (outputFile !== undefined) env.GITHUB_OUTPUT = outputFile;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`@actions/core's run failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const sameDelimiters = (s: string): string => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');

describe('workflow-commands against @actions/core', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-commands-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the same log lines, commands and GITHUB_OUTPUT file, and returns and throws the same', async () => {
    const mine = path.join(dir, 'ours');
    const real = path.join(dir, 'theirs');
    fs.writeFileSync(mine, '');
    fs.writeFileSync(real, '');
    const a = await ours(CALLS, mine);
    const b = theirs(CALLS, real);
    expect(a.stdout).toBe(b.stdout);
    expect(a.results).toEqual(b.results);
    const written = fs.readFileSync(mine, 'utf8');
    expect(sameDelimiters(written)).toBe(sameDelimiters(fs.readFileSync(real, 'utf8')));
    // What is compared is real: the outputs went to the file, each under a delimiter of its own.
    expect(new Set(written.match(/ghadelimiter_[0-9a-f-]{36}/g)).size).toBe(CALLS.filter(([n]) => n === 'setOutput').length);
    expect(a.stdout).toContain('::error file=x.sql,line=1,col=1::e3');
    expect(a.stdout).toContain('::error ::e4');
  });

  it('without GITHUB_OUTPUT, writes outputs as the legacy set-output command, as the library does', async () => {
    const calls = CALLS.filter(([n]) => n === 'setOutput');
    const a = await ours(calls, undefined);
    const b = theirs(calls, undefined);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('::set-output name=multi::line 1%0Aline 2%0D%0A%25');
  });

  it('refuses an output when GITHUB_OUTPUT names a missing file, with the library\'s message', async () => {
    const calls: Call[] = [['setOutput', 'x', 'y']];
    const missing = path.join(dir, 'absent');
    const a = await ours(calls, missing);
    expect(a.results).toEqual(theirs(calls, missing).results);
    expect(a.results).toEqual([{ threw: `Missing file at path: ${missing}` }]);
  });
});
