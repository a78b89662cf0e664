import { randomUUID } from '../lazy-crypto';

/**
 * What @actions/core's `info` lacks: the runner (actions/runner ActionCommandManager) reads every line of the
 * step's output, split at CR, LF and CRLF. It runs a line as a command when, trimmed of .NET white space
 * (which includes NEL U+0085, unlike JavaScript's \s), it starts with `::`, and it also runs the legacy form
 * `##[name]` found anywhere in a line. Text from the repository (file names, schema paths, SQL, messages)
 * reaches the log only through `inert`.
 */
const LINE_BREAK = /\r\n|\r|\n/;
const DOTNET_SPACE = /^[\s\u0085]+/;

/** Would the runner read any line of this text as a command? */
export function looksLikeCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => line.replace(DOTNET_SPACE, '').startsWith('::') || line.includes('##['));
}

/**
 * The text as log output the runner will not act on: unchanged when no line could be a command, otherwise
 * inside a `::stop-commands::` block whose random token the text cannot contain (the runner obeys nothing,
 * legacy `##[` included, until the token is repeated).
 */
export function inert(text: string, token: () => string = randomUUID): string {
  if (!looksLikeCommand(text)) return text;
  let t = token();
  while (text.includes(t)) t = token();
  return `::stop-commands::${t}\n${text}\n::${t}::`;
}
