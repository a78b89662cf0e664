import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readCommonInputs } from '@shared/action/read-common-inputs';
import { COMMON_INPUTS } from '@shared/action/common-inputs';
import { InputReader, MapInputSource } from '@shared/config/input-reader';

const ROOT = path.resolve(__dirname, '..', '..');
const guards = fs.readdirSync(path.join(ROOT, 'actions')).filter((a) => parse(fs.readFileSync(path.join(ROOT, 'actions', a, 'action.yml'), 'utf8')).inputs?.mode);

describe('the mode input', () => {
  it('is described by the values the actions accept, in every action.yml and README', () => {
    expect(guards.length).toBeGreaterThanOrEqual(5);
    for (const a of guards) {
      const description = parse(fs.readFileSync(path.join(ROOT, 'actions', a, 'action.yml'), 'utf8')).inputs.mode.description;
      expect([a, description]).toEqual([a, COMMON_INPUTS.mode]);
      expect(fs.readFileSync(path.join(ROOT, 'actions', a, 'README.md'), 'utf8')).toContain(`| \`mode\` | ${COMMON_INPUTS.mode} |`);
    }
    expect(COMMON_INPUTS.mode).not.toMatch(/publish\b(?! ?er)/);
  });

  it('accepts check and report and refuses anything else, publish included, naming the values', () => {
    const read = (mode: string) => readCommonInputs(new InputReader([new MapInputSource('.bickford.yml', { mode })])).mode;
    expect([read('check'), read('report')]).toEqual(['check', 'report']);
    expect(() => read('publish')).toThrow(/check.*report/);
  });
});
