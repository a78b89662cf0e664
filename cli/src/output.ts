import * as fs from 'node:fs';
import * as path from 'node:path';
import { toJsonReport } from '@shared/reporters/json';
import { REPORTERS, type ReportFormat } from '@shared/reporters/index';
import { BICKFORD_VERSION } from '@shared/version';
import type { CliArgs } from './parse-args';
import type { GuardRun } from './run-guard';
import { reportSummaryText } from './summary-text';

/** A guard of `all` that stopped on an error: its exit code and message stand where its report would. */
export interface GuardFailure {
  guard: string;
  code: number;
  message: string;
}

export type Outcome = GuardRun | GuardFailure;

const isRun = (o: Outcome): o is GuardRun => 'result' in o;

/** `--output` with this in the name writes one file per guard. */
export const PER_GUARD = '{guard}';

/** Formats whose combined form is one document (not the guards' reports one after another). */
const DOCUMENT_FORMATS: ReadonlySet<ReportFormat> = new Set(['json', 'sarif']);

/** One guard's report in the chosen format; a whole-repository run's text is a summary unless --verbose. */
export function renderOne(o: Outcome, args: CliArgs): string {
  if (!isRun(o)) {
    if (args.format === 'json') return `${JSON.stringify(failureJson(o), null, 2)}\n`;
    if (args.format === 'sarif') return `${JSON.stringify(sarifLog([failureRun(o)]), null, 2)}\n`;
    return `${o.guard} did not run (exit ${o.code}): ${o.message}\n`;
  }
  if (args.format === 'text' && o.wholeRepo && !args.verbose) return reportSummaryText(o.result, o.options);
  return REPORTERS[args.format](o.result, o.options).output;
}

/**
 * Every guard's report as one document: for json an object keyed by guard, for sarif one log with a run per
 * guard (SARIF 2.1.0 §3.13.4 allows several), for the others each report under a heading.
 */
export function renderAll(outcomes: Outcome[], args: CliArgs): string {
  if (args.format === 'json') {
    const doc = Object.fromEntries(outcomes.map((o) => [o.guard, isRun(o) ? toJsonReport(o.result, o.options) : failureJson(o)]));
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  if (args.format === 'sarif') {
    const runs = outcomes.flatMap((o) => (isRun(o) ? (JSON.parse(REPORTERS.sarif(o.result, o.options).output) as { runs: unknown[] }).runs : [failureRun(o)]));
    return `${JSON.stringify(sarifLog(runs), null, 2)}\n`;
  }
  return outcomes.map((o) => `${heading(o.guard, args)}${renderOne(o, args)}`).join('');
}

export function heading(guard: string, args: CliArgs): string {
  return args.format === 'text' ? `\n━━ ${guard} ━━\n` : args.format === 'markdown' || args.format === 'comment' ? '\n' : '';
}

/** Whether `all` can print each guard's report as it finishes (a person watching), or must wait for one document. */
export function streams(args: CliArgs, many: boolean): boolean {
  return !args.output && !(many && DOCUMENT_FORMATS.has(args.format));
}

/** Writes `--output`: one combined file, or with `{guard}` in the name one file per guard. Returns the files written. */
export function writeOutput(file: string, outcomes: Outcome[], args: CliArgs): string[] {
  const write = (f: string, text: string) => {
    const abs = path.resolve(f);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    return f;
  };
  if (file.includes(PER_GUARD)) return outcomes.map((o) => write(file.split(PER_GUARD).join(o.guard), renderOne(o, args)));
  return [write(file, outcomes.length === 1 ? renderOne(outcomes[0], args) : renderAll(outcomes, args))];
}

function failureJson(o: GuardFailure) {
  return { guard: o.guard, version: BICKFORD_VERSION, error: { exitCode: o.code, kind: o.code === 2 ? 'configuration' : 'internal', message: o.message } };
}

function sarifLog(runs: unknown[]) {
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}

/** A guard that did not run, as SARIF says it: an invocation that did not succeed, with the reason (§3.20.14, §3.20.21). */
function failureRun(o: GuardFailure) {
  return {
    tool: { driver: { name: `bickford-${o.guard}`, informationUri: 'https://github.com/bickford/actions', version: BICKFORD_VERSION, rules: [] } },
    automationDetails: { id: `bickford/${o.guard}/` },
    invocations: [{ executionSuccessful: false, exitCode: o.code, toolExecutionNotifications: [{ level: 'error', message: { text: o.message } }] }],
    results: [],
  };
}
