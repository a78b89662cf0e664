import type { Finding } from '@shared/findings/finding';
import type { LineIndex } from '@shared/findings/positions';
import type { PrismaWarning } from './prisma-warnings';

/**
 * Adds Prisma's own warning as evidence to the findings it is about: a warning matches when it names
 * the finding's table (or type) and, when the finding is about a column, that column too.
 */
export function attachPrismaWarnings(findings: Finding[], warnings: readonly PrismaWarning[], lines: LineIndex, file: string): void {
  if (warnings.length === 0) return;
  for (const f of findings) {
    const p = f.properties ?? {};
    const object = String(p.table ?? p.type ?? '').toLowerCase();
    const column = p.column === undefined ? undefined : String(p.column).toLowerCase();
    if (!object) continue;
    for (const w of warnings) {
      if (!w.names.includes(object) || (column !== undefined && !w.names.includes(column))) continue;
      f.trace = [...(f.trace ?? []), { location: lines.locationOfChars(file, w.startChar), note: `Prisma warned: ${w.text}` }];
      f.properties = { ...p, prismaWarning: w.text };
    }
  }
}
