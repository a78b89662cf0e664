import type { Finding } from '@shared/findings/finding';
import type { LineIndex } from '@shared/findings/positions';
import { invalidSuppression } from '../rules/meta-rules';
import type { Directive } from './directives';

interface DirectiveContext {
  file: string;
  lines: LineIndex;
  knownRules: ReadonlySet<string>;
}

/**
 * Marks the findings that `bickford-ignore` / `bickford-approve` comments cover, and returns findings
 * for comments that cannot apply: no reason, an unknown rule, or nothing to cover. A comment
 * that is wrong is never applied: a typo must not hide a finding.
 */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], ctx: DirectiveContext): Finding[] {
  const problems: Finding[] = [];
  for (const d of directives) {
    const location = ctx.lines.locationOfChars(ctx.file, d.startChar);
    const problem = (messageId: keyof typeof invalidSuppression.messages, data: Record<string, string> = {}) =>
      problems.push(
        invalidSuppression.report({
          messageId,
          data: { comment: d.source, kind: d.kind, ...data },
          location,
          fingerprintKey: `${messageId}\0${d.source}`,
          properties: { messageId },
        }),
      );
    if (d.rules.length === 0) {
      problem('noRule');
      continue;
    }
    const unknown = d.rules.filter((r) => !ctx.knownRules.has(r));
    for (const rule of unknown) problem('unknownRule', { rule });
    if (unknown.length) continue;
    if (!d.reason) {
      problem('missingReason');
      continue;
    }
    for (const rule of d.rules) {
      const covered = findings.filter(
        (f) => f.ruleId === rule && !f.suppressed && (d.scope === 'file' || Number(f.properties?.statement) - 1 === d.nextStatement),
      );
      for (const f of covered) f.suppressed = { kind: d.kind === 'approve' ? 'approval' : 'ignore', reason: d.reason, location, by: d.source };
      if (covered.length === 0) problem('unused', { rule });
    }
  }
  return problems;
}
