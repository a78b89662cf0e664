/**
 * The one grammar of every inline suppression, whatever the comment syntax around it:
 * `bickford-ignore[-next-line] <rule>[, <rule>...]: <reason>`. A missing reason is kept as '' so the caller
 * can report it (and not apply the comment): a suppression must say why.
 */
export interface DirectiveText {
  rules: string[];
  reason: string;
}

/** Splits the text after the directive's keyword into rules and reason. */
export function parseDirectiveText(rest: string): DirectiveText {
  const colon = rest.indexOf(':');
  const ruleText = colon === -1 ? rest : rest.slice(0, colon);
  return {
    rules: ruleText.split(/[\s,]+/).filter((r) => r !== ''),
    reason: colon === -1 ? '' : rest.slice(colon + 1).trim(),
  };
}
