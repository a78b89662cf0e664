import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectGolden } from '../../test/harness/golden';
import type { GuardResult } from '../findings/result';
import { REPORTERS, type ReportFormat } from './index';
import type { ReportOptions } from './report-options';

const FIXTURES = path.join(__dirname, '__fixtures__');
const FORMATS: ReportFormat[] = ['text', 'json', 'sarif', 'github', 'markdown', 'comment'];

function load(name: string): { result: GuardResult; options: ReportOptions } {
  const raw = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
  return { result: raw.result, options: { verdict: raw.verdict, changed: new Set(raw.changed ?? []), version: '0.0.0-test', fullReportUrl: 'https://github.example/acme/repo/actions/runs/1' } };
}

// Golden files: a reporter change shows up as a diff of what users read. UPDATE_GOLDEN=1 rewrites them; a missing one fails.
describe.each(['mixed', 'hostile'])('reporters on %s', (name) => {
  it.each(FORMATS)('renders %s as the golden file', (format) => {
    const { result, options } = load(name);
    const { output } = REPORTERS[format](result, options);
    const golden = path.join(FIXTURES, `${name}.${format}.txt`);
    expectGolden(golden, output);
  });
});
