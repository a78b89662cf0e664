import { createFinding, type Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { parseCommands } from '../../test/harness/run-dist';
import { reportAnnotations } from './annotations';

const verdict = { failed: true, failOn: 'error' as const, reason: 'x' };
const make = (severity: Severity, i: number, file = `src/f${i}.ts`) =>
  createFinding({ ruleId: 'r', severity, message: `m${i}`, location: { file, line: i + 1, column: 1 } });
const result = (findings: GuardResult['findings']): GuardResult => ({ guard: 'env-guard', findings, outputs: {}, headline: '' });

describe('reportAnnotations', () => {
  it('prints errors first and at most ten of each severity (nine errors when the verdict line will need a slot), then one notice counting the rest', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => make('notice', i)),
      ...Array.from({ length: 25 }, (_, i) => make('error', i)),
      ...Array.from({ length: 3 }, (_, i) => make('warning', i)),
    ];
    const commands = parseCommands(reportAnnotations(result(findings), { verdict, version: 't' }).output);
    expect(commands[0].command).toBe('error');
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(9);
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(3);
    const notices = commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(10);
    expect(notices[notices.length - 1].message).toMatch(/^19 more finding\(s\) not shown/);
    const passing = parseCommands(reportAnnotations(result(findings), { verdict: { ...verdict, failed: false }, version: 't' }).output);
    expect(passing.filter((c) => c.command === 'error')).toHaveLength(10);
  });

  it('shows findings in files the PR changed before the others', () => {
    const findings = Array.from({ length: 15 }, (_, i) => make('error', i));
    const changed = new Set(['src/f14.ts', 'src/f13.ts']);
    const commands = parseCommands(reportAnnotations(result(findings), { verdict, version: 't', changed }).output);
    expect(commands.slice(0, 2).map((c) => c.properties.file)).toEqual(['src/f13.ts', 'src/f14.ts']);
  });

  it('keeps a file name with %, comma, colon and a newline inside one well-formed command', () => {
    const file = 'db/a%b,c:d\n::error::x.sql';
    const out = reportAnnotations(result([make('error', 0, file)]), { verdict, version: 't' }).output;
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const [command] = parseCommands(out);
    expect(command.properties.file).toBe(file);
    expect(command.properties.line).toBe('1');
  });

  it('leaves suppressed findings out', () => {
    const f = { ...make('error', 0), suppressed: { kind: 'ignore' as const, reason: 'known' } };
    expect(reportAnnotations(result([f]), { verdict, version: 't' }).output).toBe('');
  });
});
