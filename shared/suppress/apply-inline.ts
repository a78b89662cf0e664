import { ADOPTION_RULES } from '../baseline/rules';
import { createFinding, type Finding } from '../findings/finding';
import type { GuardName } from '../findings/result';
import type { RepoFs } from '../io/repo-fs';
import { commentLanguage, inlineDirectives, type InlineDirective } from './inline-directives';
import { KNOWN_RULES } from './known-rules';

export const INLINE_SUPPRESSION_INVALID = ADOPTION_RULES[1].id;

/**
 * Applies `// bickford-ignore-next-line` (scripts) and `// bickford-ignore` (Prisma schemas) to one guard's findings
 * (guard-root-relative paths, before they leave the guard), and returns the findings for comments that cannot apply:
 * no rule, no reason, or a rule no guard has. A wrong comment is never applied: a typo must not hide a finding.
 * Only the files this guard has findings in are read, so the comments cost nothing elsewhere; a comment naming
 * another guard's rule is that guard's to judge.
 */
export function applyInlineSuppressions(guard: GuardName, findings: Finding[], fs: RepoFs): Finding[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.location || f.suppressed || !commentLanguage(f.location.file)) continue;
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  const own = new Set(KNOWN_RULES[guard]);
  const known = new Set(Object.values(KNOWN_RULES).flat());
  const problems: Finding[] = [];
  for (const [file, inFile] of byFile) {
    let text: string;
    try {
      text = fs.readText(file);
    } catch {
      continue; // the guard reports files it cannot read; a suppression in one cannot be read either
    }
    for (const d of inlineDirectives(commentLanguage(file)!, text)) {
      const covered = inFile.filter((f) => f.location!.line >= d.from && f.location!.line <= d.to);
      const ours = d.rules.filter((r) => own.has(r));
      const unknown = d.rules.filter((r) => !known.has(r));
      // A comment is this guard's to judge when it names one of its rules, or stands over one of its findings.
      if (ours.length === 0 && covered.length === 0) continue;
      const problem = (what: string) => problems.push(invalid(file, d, what));
      if (d.rules.length === 0) {
        problem(`names no rule; write \`${syntaxOf(file)} <rule>: <reason>\``);
        continue;
      }
      if (unknown.length > 0) {
        problem(`names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a rule' : 'are not rules'} of any Bickford guard`);
        continue;
      }
      if (!d.reason) {
        problem(`has no reason; write \`${syntaxOf(file)} ${d.rules.join(', ')}: <reason>\``);
        continue;
      }
      for (const f of covered) {
        if (f.suppressed || !d.rules.includes(f.ruleId)) continue;
        f.suppressed = { kind: 'ignore', reason: d.reason, location: { file, line: d.line, column: d.column }, by: d.source };
      }
    }
  }
  return problems;
}

function syntaxOf(file: string): string {
  return commentLanguage(file) === 'prisma' ? '// bickford-ignore' : '// bickford-ignore-next-line';
}

function invalid(file: string, d: InlineDirective, what: string): Finding {
  return createFinding({
    ruleId: INLINE_SUPPRESSION_INVALID,
    severity: 'warning',
    category: 'meta',
    message: `\`${d.source}\` ${what}. It is not applied.`,
    location: { file, line: d.line, column: d.column },
    help: 'A suppression names a rule id (docs/rules) and says why after a colon; it covers the next line (the next block in a Prisma schema).',
    // The comment's text, not its line: moving it keeps the finding the same one.
    fingerprintKey: d.source,
  });
}
