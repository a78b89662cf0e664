import Ajv from 'ajv';
import type { ProblemField } from './problem';

/** POST /v1/append. `decision` entries come from EdgeLedgerClient.appendLedger: `{ intent, decision }`. */
export const APPEND_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'payload'],
  properties: {
    type: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,62}$' },
    payload: { type: 'object' },
    idempotencyKey: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
const validateAppend = ajv.compile(APPEND_SCHEMA);

export interface AppendBody {
  type: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
}

/** The body's faults as JSON Pointers (ajv's instancePath; a missing or extra property points at itself). */
export function checkAppendBody(value: unknown): { ok: true; body: AppendBody } | { ok: false; errors: ProblemField[] } {
  if (validateAppend(value)) return { ok: true, body: value as AppendBody };
  const errors = (validateAppend.errors ?? []).map((e): ProblemField => {
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const child = params.missingProperty ?? params.additionalProperty;
    return { pointer: `${e.instancePath}${child ? `/${child}` : ''}` || '/', detail: params.additionalProperty ? `unknown property ${params.additionalProperty}` : (e.message ?? 'invalid') };
  });
  return { ok: false, errors };
}
