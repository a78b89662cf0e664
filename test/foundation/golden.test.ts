/**
 * Golden files fail when missing: a deleted golden file is not silently re-created from today's output.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkGolden, expectGolden } from '../harness/golden';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-golden-'));

describe('checkGolden', () => {
  it('fails on a missing golden file, says how to write it, and does not create it', () => {
    const file = path.join(dir(), 'case.text.txt');
    const result = checkGolden(file, 'output\n', {});
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/golden file .*case\.text\.txt is missing\. Run `UPDATE_GOLDEN=1 npx jest .*golden\.test\.ts` to write it/) });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('writes the golden file when UPDATE_GOLDEN=1, and then matches it', () => {
    const file = path.join(dir(), 'nested', 'case.text.txt');
    expect(checkGolden(file, 'output\n', { UPDATE_GOLDEN: '1' })).toEqual({ ok: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('output\n');
    expect(checkGolden(file, 'output\n', {})).toEqual({ ok: true });
  });

  it('does not treat UPDATE_GOLDEN=0 or an empty value as the flag', () => {
    const file = path.join(dir(), 'case.text.txt');
    for (const value of ['0', '', 'false']) expect(checkGolden(file, 'x', { UPDATE_GOLDEN: value }).ok).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('names the first line that differs and the update command', () => {
    const file = path.join(dir(), 'case.text.txt');
    fs.writeFileSync(file, 'a\nb\nc\n');
    expect(checkGolden(file, 'a\nB\nc\n', {})).toEqual({ ok: false, message: expect.stringMatching(/differs from the golden file .* \(first difference at line 2\)\. If the change is meant, run `UPDATE_GOLDEN=1 npx jest/) });
    expect(fs.readFileSync(file, 'utf8')).toBe('a\nb\nc\n');
  });
});

describe('expectGolden', () => {
  const saved = process.env.UPDATE_GOLDEN;
  beforeEach(() => delete process.env.UPDATE_GOLDEN);
  afterAll(() => (saved === undefined ? delete process.env.UPDATE_GOLDEN : (process.env.UPDATE_GOLDEN = saved)));

  it('throws on a missing file and on a difference, with the diff after the message', () => {
    const file = path.join(dir(), 'case.text.txt');
    expect(() => expectGolden(file, 'x')).toThrow(/is missing\. Run `UPDATE_GOLDEN=1/);
    fs.writeFileSync(file, 'y');
    expect(() => expectGolden(file, 'x')).toThrow(/differs from the golden file[\s\S]*Expected: "y"[\s\S]*Received: "x"/);
  });
});
