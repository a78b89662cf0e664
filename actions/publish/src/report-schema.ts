import { GUARD_NAMES } from '@shared/findings/result';
import { REPORT_SCHEMA_VERSION } from '@shared/reporters/json';

/**
 * The JSON report (shared/reporters/json.ts JsonReport) as the publisher accepts it. The report comes from a
 * pull request's workflow, which a fork controls, so the schema is strict: no unknown keys where the shape is
 * fixed, every string and array bounded. The bounds sit well above what a guard writes (a comment shows at most
 * 65,536 characters anyway) and well below what would let one report exhaust the publisher.
 */
export const LIMITS = {
  reportBytes: 8 * 1024 * 1024,
  reportFiles: 20,
  findings: 5_000,
  text: 4_000,
  path: 1_024,
  trace: 200,
  sections: 50,
  rows: 2_000,
  columns: 20,
  code: 200_000,
} as const;

const str = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const count = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;

const location = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'line', 'column'],
  properties: {
    file: str(LIMITS.path),
    line: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    column: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    endLine: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    endColumn: { type: 'integer', minimum: 1, maximum: 10_000_000 },
  },
} as const;

const scalar = { anyOf: [str(LIMITS.text), { type: 'number' }, { type: 'boolean' }, { type: 'null' }] } as const;

const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['ruleId', 'severity', 'message', 'fingerprint'],
  properties: {
    // Rule ids name docs pages (docs/rules/<id>.md) and check-run titles: kebab-case only, so no `../` or markup.
    ruleId: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$' },
    severity: { enum: ['error', 'warning', 'notice'] },
    message: str(LIMITS.text),
    location,
    trace: {
      type: 'array',
      maxItems: LIMITS.trace,
      items: { type: 'object', additionalProperties: false, required: ['location', 'note'], properties: { location, note: str(LIMITS.text) } },
    },
    help: str(LIMITS.text),
    docsUrl: { type: 'string', maxLength: 500, pattern: '^https://' },
    fingerprint: { type: 'string', pattern: '^[A-Za-z0-9:._-]{1,128}$' },
    category: str(100),
    suppressed: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'reason'],
      properties: { kind: { enum: ['ignore', 'approval', 'baseline', 'allow'] }, reason: str(LIMITS.text), location, by: str(200) },
    },
    properties: {
      type: 'object',
      maxProperties: 50,
      propertyNames: { maxLength: 100 },
      additionalProperties: { anyOf: [scalar, { type: 'array', maxItems: 200, items: scalar }] },
    },
  },
} as const;

const cell = { anyOf: [str(LIMITS.text), { type: 'object', additionalProperties: false, required: ['code'], properties: { code: str(LIMITS.text) } }] } as const;

const section = {
  type: 'object',
  required: ['kind', 'title'],
  oneOf: [
    {
      additionalProperties: false,
      required: ['headers', 'rows'],
      properties: {
        kind: { const: 'table' },
        title: str(200),
        headers: { type: 'array', maxItems: LIMITS.columns, items: str(200) },
        rows: { type: 'array', maxItems: LIMITS.rows, items: { type: 'array', maxItems: LIMITS.columns, items: cell } },
      },
    },
    {
      additionalProperties: false,
      required: ['language', 'code'],
      properties: { kind: { const: 'code' }, title: str(200), language: str(30), code: str(LIMITS.code) },
    },
    {
      additionalProperties: false,
      required: ['lines'],
      properties: { kind: { const: 'text' }, title: str(200), lines: { type: 'array', maxItems: LIMITS.rows, items: str(LIMITS.text) } },
    },
  ],
} as const;

export const REPORT_SCHEMA = {
  $id: 'https://github.com/bickford/actions/schemas/report-v1.json',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'guard', 'version', 'headline', 'verdict', 'counts', 'findings', 'outputs', 'sections', 'data'],
  properties: {
    schema: { const: REPORT_SCHEMA_VERSION },
    guard: { enum: [...GUARD_NAMES] },
    version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,50}$' },
    headline: str(1_000),
    verdict: {
      type: 'object',
      additionalProperties: false,
      required: ['failed', 'failOn', 'reason'],
      properties: { failed: { type: 'boolean' }, failOn: { enum: ['error', 'warning', 'never'] }, reason: str(1_000) },
    },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['error', 'warning', 'notice'],
      properties: { error: count, warning: count, notice: count },
    },
    findings: { type: 'array', maxItems: LIMITS.findings, items: finding },
    outputs: {
      type: 'object',
      maxProperties: 50,
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
      additionalProperties: str(LIMITS.text),
    },
    sections: { type: 'array', maxItems: LIMITS.sections, items: section },
    // Guard-specific data for machines; the publisher never renders it, the file-size cap bounds it.
    data: { type: 'object' },
  },
} as const;
