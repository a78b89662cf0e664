import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ProblemField } from './problem';

export type BodyOutcome = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; code: string; title: string; detail: string; errors?: ProblemField[] };

/** Reads at most `limit` bytes of a request body; more is refused as soon as it arrives (no buffering of the rest). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The body as JSON. JSON.parse decides; where it refuses, jsonc-parser (strict: no comments, no trailing
 * commas) says where, because V8's messages do not always carry a position (Node 24's often do not).
 */
export async function readJsonBody(request: Request, limit: number): Promise<BodyOutcome> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return { ok: false, status: 415, code: 'unsupported-media-type', title: 'Unsupported media type', detail: `send the body as application/json, not ${type || 'no content-type'}` };
  const bytes = await readLimited(request, limit);
  if (!bytes) return { ok: false, status: 413, code: 'body-too-large', title: 'Body too large', detail: `the body exceeds ${limit} bytes` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, code: 'malformed-json', title: 'Malformed JSON', detail: 'the body is not UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first?.offset ?? text.length;
    const at = lineColumn(text, offset);
    const what = first ? printParseErrorCode(first.error) : (e as Error).message;
    return { ok: false, status: 400, code: 'malformed-json', title: 'Malformed JSON', detail: `the body is not JSON: ${what} at line ${at.line}, column ${at.column}`, errors: [{ ...at, detail: what }] };
  }
}
