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
    const rest = m[3];
    const colon = rest.indexOf(':');
    const ruleText = colon === -1 ? rest : rest.slice(0, colon);
    out.push({
      kind: m[1] as DirectiveKind,
      scope: m[2] ? 'file' : 'statement',
      rules: ruleText.split(/[\s,]+/).filter((r) => r !== ''),
      reason: colon === -1 ? '' : rest.slice(colon + 1).trim(),
      startChar: c.startChar + c.body.indexOf('bickford-'),
      nextStatement: c.nextStatement,
      source: `--${c.body}`.trim(),
    });
  }
  return out;
}
