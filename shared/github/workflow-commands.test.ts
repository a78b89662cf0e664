import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { group, issueCommand, setOutput, setSecret } from './workflow-commands';

function captureStdout(fn: () => unknown): Promise<string> {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return Promise.resolve()
    .then(fn)
    .catch(() => undefined)
    .then(() => {
      spy.mockRestore();
      return out;
    });
}

describe('issueCommand', () => {
  it('escapes the message and the properties so that hostile text cannot end the command or start another', async () => {
    const out = await captureStdout(() => issueCommand('error', { file: 'a,b:c.sql', title: '50%\nx' }, 'line1\r\n::warning::line2'));
    expect(out).toBe('::error file=a%2Cb%3Ac.sql,title=50%25%0Ax::line1%0D%0A::warning::line2\n');
  });
});

describe('group', () => {
  it('closes the group in the log even when the work inside it throws', async () => {
    const out = await captureStdout(() => group('drift', () => Promise.reject(new Error('engine down'))));
    expect(out).toBe('::group::drift\n::endgroup::\n');
  });
});

describe('setSecret', () => {
  it('asks the runner to mask the value', async () => {
    expect(await captureStdout(() => setSecret('ghs_abc'))).toBe('::add-mask::ghs_abc\n');
  });
});

describe('setOutput', () => {
  it('appends a heredoc whose delimiter the value cannot contain', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wc-')), 'output');
    setOutput('report', 'a\nghadelimiter_x\nb', { GITHUB_OUTPUT: file });
    const [first, ...rest] = fs.readFileSync(file, 'utf8').split('\n');
    const delimiter = first.replace(/^report<</, '');
    expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
    expect(rest).toEqual(['a', 'ghadelimiter_x', 'b', delimiter, '']);
  });

  it('falls back to the set-output command when the runner gives no output file', async () => {
    expect(await captureStdout(() => setOutput('risk', '0.5', {}))).toBe('\n::set-output name=risk::0.5\n');
  });
});
