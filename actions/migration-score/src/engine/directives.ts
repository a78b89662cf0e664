import { parseDirectiveText } from '@shared/suppress/directive-text';
import type { SqlComment } from './comments';

export type DirectiveKind = 'ignore' | 'approve';

/** A `-- bickford-ignore` or `-- bickford-approve` comment, parsed but not yet checked. */
export interface Directive {
  kind: DirectiveKind;
  /** `file` for the `-file` forms; otherwise it covers the next statement. */
  scope: 'statement' | 'file';
  rules: string[];
  reason: string;
  /** Offset of the `bickford-` word. */
  startChar: number;
  nextStatement: number | undefined;
  /** The comment as written, for messages. */
  source: string;
}

const DIRECTIVE = /^\s*bickford-(ignore|approve)(-file)?\b(.*)$/;

/** Directives in line comments. `-- bickford-ignore rule-a, rule-b: reason`; a missing reason is kept as ''. */
export function parseDirectives(comments: readonly SqlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    if (c.block) continue;
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    // The grammar after the keyword is every guard's (shared/suppress): `rule-a, rule-b: reason`.
    const { rules, reason } = parseDirectiveText(m[3]);
    out.push({
      kind: m[1] as DirectiveKind,
      scope: m[2] ? 'file' : 'statement',
      rules,
      reason,
      startChar: c.startChar + c.body.indexOf('bickford-'),
      nextStatement: c.nextStatement,
      source: `--${c.body}`.trim(),
    });
  }
  return out;
}
