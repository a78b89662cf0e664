import type { ErrorObject, ValidateFunction } from 'ajv';
import { docsUrlFor, DOCS_BASE } from '@shared/findings/finding';
import { REPORT_SCHEMA_VERSION, type JsonReport } from '@shared/reporters/json';
import { LIMITS, REPORT_SCHEMA } from './report-schema';
import { InternalError } from '@shared/errors';

export type ReportCheck = { ok: true; report: JsonReport } | { ok: false; reason: string };

const OWN_DOCS = new RegExp(`^${DOCS_BASE.replace(/[.]/g, '\\.')}/[A-Za-z0-9_-]+\\.md(#[A-Za-z0-9_-]+)?$`);

let compiled: ValidateFunction | undefined;

/**
 * Ajv, imported and its validator compiled before the first report is checked: a run with no report to check (the
 * common workflow_run of a push, or a refused event) never pays to load Ajv and generate the validator's code, which
 * on Node 24 also woke V8's optimising compilers during start-up (bench/results/startup.md). A dynamic import, so
 * that the bundler puts Ajv in a chunk of its own and start-up does not even parse it (publish's index.js is then
 * about a third smaller; Node 24 pays more than Node 20 per byte of script it loads).
 */
export async function prepareValidator(): Promise<void> {
  if (compiled) return;
  const { default: Ajv } = await import('ajv');
  compiled = new Ajv({ allErrors: false, strict: true }).compile(REPORT_SCHEMA);
}

function validator(): ValidateFunction {
  if (!compiled) throw new InternalError('validateReport was called before prepareValidator');
  return compiled;
}

/** Ajv's words, with the JSON path it failed at cut short: both come from the untrusted file. */
function describe(error: ErrorObject | undefined): string {
  if (!error) return 'it does not match the report schema';
  const where = error.instancePath ? error.instancePath.slice(0, 120) : 'the top level';
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty: string }).additionalProperty).slice(0, 60)})` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

/**
 * A report file's bytes to a report the publisher may render, or the reason it may not (after prepareValidator). Nothing in the file
 * is trusted: its size, its JSON, its shape, its version. Docs links are kept only when they point at
 * Bickford's own docs, because the comment renders them as links under the publisher's name.
 */
export function validateReport(bytes: Buffer): ReportCheck {
  if (bytes.length > LIMITS.reportBytes) return { ok: false, reason: `it is ${bytes.length} bytes, over the ${LIMITS.reportBytes}-byte limit` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { ok: false, reason: `it is not JSON (${String((e as Error).message).slice(0, 100)})` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'it is not a JSON object' };
  const schema = (parsed as { schema?: unknown }).schema;
  if (schema !== REPORT_SCHEMA_VERSION) {
    const got = typeof schema === 'string' ? `'${schema.slice(0, 60)}'` : 'missing';
    return {
      ok: false,
      reason: `its schema is ${got}, and this publisher reads ${REPORT_SCHEMA_VERSION} only: use bickford/publish from the same release as the actions that wrote the report`,
    };
  }
  const validate = validator();
  if (!validate(parsed)) return { ok: false, reason: describe(validate.errors?.[0]) };
  const report = parsed as unknown as JsonReport;
  for (const f of report.findings) {
    if (f.docsUrl !== undefined && !OWN_DOCS.test(f.docsUrl)) f.docsUrl = docsUrlFor(f.ruleId);
  }
  return { ok: true, report };
}
