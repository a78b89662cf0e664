import { LineIndex } from '@shared/findings/positions';
import type { Finding } from '@shared/findings/finding';
import type { SchemaFiles, SchemaWasm } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';
import { prismaSchemaWarning } from './prisma-schema-warning';

export const prismaSchemaInvalid = defineRule({
  id: 'prisma-schema-invalid',
  guard: 'prisma-guard',
  severity: 'error',
  description: "The schema fails Prisma's own validation (an error; its warnings are prisma-schema-warning).",
  help: 'Fix the schema as the message says; `prisma validate` reports the same.',
});

/**
 * Prisma's own validation, through the WASM the CLI uses. `lint` gives each diagnostic's span (UTF-16
 * offsets into the file named, checked against a non-ASCII schema); `validate` is the CLI's verdict and
 * catches anything lint does not report, located by the `-->  file:line` it prints.
 */
export function validateSchema(files: SchemaFiles, wasm: SchemaWasm): Finding[] {
  const indexes = new Map(files.map(([f, text]) => [f, new LineIndex(text)]));
  const findings = wasm.lint(files).map((d) =>
    (d.isWarning ? prismaSchemaWarning : prismaSchemaInvalid).report({
      message: `${d.message} (Prisma ${wasm.major} rules)`,
      location: (indexes.get(d.file) ?? new LineIndex('')).locationOfChars(d.file, d.start, d.end),
      fingerprintKey: d.message,
    }),
  );
  if (findings.some((f) => f.severity === 'error')) return findings;
  try {
    wasm.validate(files);
  } catch (e) {
    findings.push(...fromValidateError(e, files));
  }
  return findings;
}

function fromValidateError(e: unknown, files: SchemaFiles): Finding[] {
  let text = e instanceof Error ? e.message : String(e);
  try {
    text = (JSON.parse(text) as { message?: string }).message ?? text;
  } catch {
    /* not JSON: keep the raw text */
  }
  const out: Finding[] = [];
  const re = /error: ([^\n]+)\n\s*-->\s+(.+?):(\d+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const file = files.some(([f]) => f === m![2]) ? m[2] : files[0][0];
    out.push(prismaSchemaInvalid.report({ message: m[1], location: { file, line: Number(m[3]), column: 1 }, fingerprintKey: m[1] }));
  }
  if (out.length === 0) out.push(prismaSchemaInvalid.report({ message: text.split('\n')[0], location: { file: files[0][0], line: 1, column: 1 } }));
  return out;
}
