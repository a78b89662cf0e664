import type { Finding } from '@shared/findings/finding';
import type { SchemaFiles, SchemaWasm } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';
import { lineDiff } from '../checks/line-diff';

export const prismaSchemaUnformatted = defineRule({
  id: 'prisma-schema-unformatted',
  guard: 'prisma-guard',
  severity: 'warning',
  description: 'The schema is not formatted as `prisma format` writes it.',
  help: 'Run `prisma format` and commit the result.',
});

const MAX_TRACE = 20;

/** As `prisma format --check`: each schema file whose text differs from the formatter's, with the lines. */
export function checkFormat(files: SchemaFiles, wasm: SchemaWasm): { findings: Finding[]; diffs: { file: string; diff: string }[] } {
  const formatted = new Map(wasm.format(files));
  const findings: Finding[] = [];
  const diffs: { file: string; diff: string }[] = [];
  for (const [file, text] of files) {
    const want = formatted.get(file);
    if (want === undefined || want === text) continue;
    const changes = lineDiff(text, want);
    if (changes.length === 0) continue; // only line endings differ
    const first = changes[0];
    findings.push(
      prismaSchemaUnformatted.report({
        message: `${file} is not formatted: ${changes.length} line${changes.length === 1 ? ' differs' : 's differ'} from \`prisma format\``,
        location: { file, line: first.line, column: 1 },
        fingerprintKey: file,
        trace: changes.slice(0, MAX_TRACE).map((c) => ({
          location: { file, line: c.line, column: 1 },
          note: c.after === undefined ? `remove: ${c.before}` : c.before === undefined ? `insert: ${c.after}` : `prisma format writes: ${c.after.trim()}`,
        })),
      }),
    );
    diffs.push({ file, diff: changes.map((c) => [c.before !== undefined ? `-${c.before}` : '', c.after !== undefined ? `+${c.after}` : ''].filter(Boolean).join('\n')).join('\n') });
  }
  return { findings, diffs };
}
