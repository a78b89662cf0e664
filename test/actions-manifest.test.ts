import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { COMMON_INPUTS } from '@shared/action/common-inputs';
import { GUARD_NAMES } from '@shared/findings/result';

const ACTIONS = path.resolve(__dirname, '..', 'actions');
const manifest = (name: string) => parse(fs.readFileSync(path.join(ACTIONS, name, 'action.yml'), 'utf8'));

describe.each(GUARD_NAMES)('actions/%s/action.yml', (name) => {
  const action = manifest(name);

  it('runs its committed bundle on node24, with branding for the Marketplace', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(fs.existsSync(path.join(ACTIONS, name, 'dist', 'index.js'))).toBe(true);
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('declares every input the shared runner reads, and describes every input and output', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(Object.keys(COMMON_INPUTS)));
    for (const [, spec] of Object.entries<Record<string, unknown>>({ ...action.inputs, ...action.outputs })) expect(String(spec.description ?? '').length).toBeGreaterThan(10);
  });

  it('declares the outputs the shared runner sets', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['report-path', 'verdict']));
  });

  it('gives no runner default to inputs .bickford.yml may set, since a default would always override the file', () => {
    const withDefault = Object.entries<Record<string, unknown>>(action.inputs).filter(([, spec]) => spec.default !== undefined).map(([input]) => input);
    // Inputs that carry the job's own context (its token, ledger-record's matrix values), which no file can hold.
    const fromTheJob = ['github-token', 'matrix'];
    expect(withDefault.filter((input) => !fromTheJob.includes(input))).toEqual([]);
  });
});
