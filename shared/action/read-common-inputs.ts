import type { InputReader } from '../config/input-reader';
import type { FailOn } from '../reporters/report-options';

/** The inputs every action shares (their descriptions: common-inputs.ts), read once. */
export interface CommonInputs {
  failOn: FailOn;
  /** Findings that exist at the base fail the step too. */
  failOnExisting: boolean;
  comment: boolean;
  checkRun: boolean;
  sarifFile?: string;
  reportPath?: string;
  mode: 'check' | 'report';
}

export function readCommonInputs(reader: InputReader): Readonly<CommonInputs> {
  return Object.freeze({
    failOn: reader.oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    failOnExisting: reader.boolean('fail-on-existing', false),
    comment: reader.boolean('comment', true),
    checkRun: reader.boolean('check-run', true),
    sarifFile: reader.string('sarif-file'),
    reportPath: reader.string('report-path'),
    mode: reader.oneOf('mode', ['check', 'report'] as const, 'check'),
  });
}
