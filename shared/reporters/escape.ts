/**
 * Escaping for every place user-controlled text lands. File names and messages come from the
 * repository under review, so they are hostile until escaped.
 */

/** Workflow-command data, as the runner's parser expects (actions/toolkit `command.ts` escapeData). */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values additionally escape `:` and `,` (actions/toolkit `command.ts` escapeProperty). */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command as text, `::command k=v,k=v::message`, every property and the message escaped. */
export function formatCommand(command: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;

/**
 * Text that must show as written in GitHub Markdown: HTML is entity-encoded (so `<img onerror>` and
 * `<!--` cannot open anything) and Markdown punctuation is backslash-escaped (so `[x](javascript:)`,
 * `@mentions` and `#refs` do not link). Newlines become spaces: callers that want lines split first.
 */
export function escapeMarkdown(s: string): string {
  // A bare URL stays as written (GitHub autolinks it either way; escaping would only break it).
  return s
    .split(/(https?:\/\/[^\s<>"'`|()[\]]+)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
    .join('');
}

function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_SPECIAL, (c) => (c === '>' ? c : `\\${c}`))
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that cannot be broken out of: a fence longer than any backtick run inside it. */
export function inlineCode(s: string): string {
  const clean = s.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  // Inside a table cell a `|` still splits the row, even in code: encode it.
  return `${fence}${pad}${clean.replace(/\|/g, '&#124;')}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the content can close. */
export function codeBlock(code: string, language = ''): string {
  const longest = Math.max(2, ...(code.match(/`{3,}|~{3,}/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[^a-z0-9+-]/gi, '')}\n${code.replace(/\n$/, '')}\n${fence}`;
}
