import { parseDirectiveText } from './directive-text';

/** A `bickford-ignore` comment in a TypeScript/JavaScript or Prisma schema file, with the lines it covers. */
export interface InlineDirective {
  rules: string[];
  reason: string;
  /** 1-based line of the comment. */
  line: number;
  column: number;
  /** The lines it covers, inclusive. */
  from: number;
  to: number;
  /** The comment as written, for messages. */
  source: string;
}

export type CommentLanguage = 'script' | 'prisma';

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

/** Which syntax a file's suppressions use, by its extension; SQL's are migration-score's (they cover statements). */
export function commentLanguage(file: string): CommentLanguage | undefined {
  if (SCRIPT.test(file)) return 'script';
  if (file.endsWith('.prisma')) return 'prisma';
  return undefined;
}

// `// bickford-ignore-next-line rule: reason` (eslint's form, so editors and habits carry over).
const SCRIPT_DIRECTIVE = /\/\/\s*bickford-ignore-next-line(?=[\s:]|$)(.*)$/;
// `// bickford-ignore rule: reason` (Prisma keeps `//` comments; `///` is documentation and is left alone).
const PRISMA_DIRECTIVE = /(?:^|[^/])\/\/\s*bickford-ignore(?:-next-line)?(?=[\s:]|$)(.*)$/;

/**
 * The suppressions of one file. In scripts a comment covers the next line. In a Prisma schema it covers the next
 * line that is not blank or a comment and, when that line opens a block (`model User {`), the block up to its `}`.
 */
export function inlineDirectives(language: CommentLanguage, text: string): InlineDirective[] {
  if (!text.includes('bickford-ignore')) return [];
  const lines = text.split(/\r?\n/);
  const out: InlineDirective[] = [];
  lines.forEach((l, i) => {
    const m = (language === 'script' ? SCRIPT_DIRECTIVE : PRISMA_DIRECTIVE).exec(l);
    if (!m) return;
    const { rules, reason } = parseDirectiveText(m[1]);
    const line = i + 1;
    const column = l.indexOf('bickford-ignore') + 1;
    const source = l.slice(l.lastIndexOf('//', column - 1)).trim();
    if (language === 'script') {
      out.push({ rules, reason, line, column, from: line + 1, to: line + 1, source });
      return;
    }
    let next = i + 1;
    while (next < lines.length && (lines[next].trim() === '' || lines[next].trim().startsWith('//'))) next++;
    const from = next + 1;
    let to = from;
    if (next < lines.length && opensBlock(lines[next])) {
      let depth = 0;
      for (let j = next; j < lines.length; j++) {
        depth += braces(lines[j]);
        if (depth <= 0) {
          to = j + 1;
          break;
        }
        to = j + 1;
      }
    }
    out.push({ rules, reason, line, column, from, to, source });
  });
  return out;
}

function opensBlock(line: string): boolean {
  return braces(line) > 0;
}

/** Net `{` minus `}` on a line, outside strings and `//` comments. */
function braces(line: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && line[i + 1] === '/') break;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth;
}
