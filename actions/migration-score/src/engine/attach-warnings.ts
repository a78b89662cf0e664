import type { Finding } from '@shared/findings/finding';
import type { LineIndex } from '@shared/findings/positions';
import type { PrismaWarning } from './prisma-warnings';

/**
 * The operation each of Prisma's warnings describes, as the rules that report that operation. The texts
 * are those of prisma-engines' destructive change checker (schema-engine/connectors/sql-schema-connector/
 * src/sql_destructive_change_checker/), matched loosely so that a reworded warning still finds its rule.
 */
const OPERATIONS: { pattern: RegExp; rules: string[] }[] = [
  { pattern: /\bdrop the column\b/i, rules: ['ban-drop-column'] },
  { pattern: /\bdrop the (?:`[^`]*` )?table\b/i, rules: ['ban-drop-table'] },
  { pattern: /\bdrop the enum\b/i, rules: ['ban-drop-type'] },
  { pattern: /\bdrop the view\b/i, rules: ['ban-drop-view'] },
  { pattern: /\brequired column\b/i, rules: ['ban-add-required-column'] },
  { pattern: /\bmade the column\b.*\brequired\b/i, rules: ['ban-set-not-null', 'ban-add-required-column'] },
  { pattern: /\balter the column\b|\bchanged the type\b|\bwill be cast\b/i, rules: ['ban-column-type-change'] },
  { pattern: /\bon the enum\b.*\bremoved\b|\bvalues?\b.*\bremoved\b/i, rules: ['ban-enum-value-removal'] },
  { pattern: /\bunique constraint\b/i, rules: ['ban-add-unique-constraint', 'require-concurrent-index-creation'] },
  { pattern: /\bprimary key\b/i, rules: ['ban-drop-primary-key', 'ban-add-unique-constraint'] },
];

/** The rules a warning is about, or undefined for a warning of unknown shape (then it goes to regressive findings only). */
function rulesOf(text: string): Set<string> | undefined {
  const hit = OPERATIONS.filter((o) => o.pattern.test(text));
  return hit.length ? new Set(hit.flatMap((o) => o.rules)) : undefined;
}

/**
 * Adds Prisma's own warning as evidence to the finding it is about: the finding's rule reports the
 * operation the warning describes, and the warning names the finding's table (or type) and, when the
 * finding is about a column, that column too.
 */
export function attachPrismaWarnings(findings: Finding[], warnings: readonly PrismaWarning[], lines: LineIndex, file: string): void {
  if (warnings.length === 0) return;
  const described = warnings.map((w) => ({ w, rules: rulesOf(w.text) }));
  for (const f of findings) {
    const p = f.properties ?? {};
    const object = String(p.table ?? p.type ?? '').toLowerCase();
    const bare = object.slice(object.lastIndexOf('.') + 1);
    const column = p.column === undefined ? undefined : String(p.column).toLowerCase();
    if (!object) continue;
    for (const { w, rules } of described) {
      if (rules ? !rules.has(f.ruleId) : f.category !== 'regressive') continue;
      if (!(w.names.includes(object) || w.names.includes(bare)) || (column !== undefined && !w.names.includes(column))) continue;
      f.trace = [...(f.trace ?? []), { location: lines.locationOfChars(file, w.startChar), note: `Prisma warned: ${w.text}` }];
      f.properties = { ...f.properties, prismaWarning: w.text };
    }
  }
}
