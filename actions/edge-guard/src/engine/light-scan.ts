import ts from 'typescript';
import type { ImportKind, ImportSite, ModuleFacts } from './types';

// typescript's CommonJS bundle exposes every export through a getter: read the enum once.
const K = ts.SyntaxKind;

/**
 * Text that asks a question only the syntax tree answers: folded NEXT_RUNTIME branches, a `'use client'`
 * directive, Prisma client constructions, JSX (whose text the scanner would read as strings). A file that
 * contains any of them is parsed in full.
 */
const NEEDS_AST = /NEXT_RUNTIME|use client|PrismaClient|<\/|\/>/;

/** Keywords after which a `/` starts a regular expression (an operand is expected). */
const BEFORE_OPERAND = new Set<ts.SyntaxKind>([
  K.ReturnKeyword, K.TypeOfKeyword, K.InstanceOfKeyword, K.InKeyword, K.NewKeyword, K.DeleteKeyword, K.VoidKeyword,
  K.ThrowKeyword, K.CaseKeyword, K.DoKeyword, K.ElseKeyword, K.ExtendsKeyword,
]);
/** Keywords that are a value, after which a `/` divides. */
const VALUE_KEYWORDS = new Set<ts.SyntaxKind>([K.ThisKeyword, K.SuperKeyword, K.NullKeyword, K.TrueKeyword, K.FalseKeyword]);
/** `if (…) /re/`: after these a closing parenthesis ends a head, and an operand follows. */
const HEAD_KEYWORDS = new Set<ts.SyntaxKind>([K.IfKeyword, K.WhileKeyword, K.ForKeyword, K.WithKeyword]);
/** Tokens between `import` and `from` in an import declaration. */
const CLAUSE_TOKENS = new Set<ts.SyntaxKind>([K.Identifier, K.CommaToken, K.OpenBraceToken, K.CloseBraceToken, K.AsteriskToken, K.StringLiteral]);

const isKeyword = (t: ts.SyntaxKind) => t >= K.FirstKeyword && t <= K.LastKeyword;
const isNameToken = (t: ts.SyntaxKind) => t === K.Identifier || isKeyword(t);

/**
 * The facts of a plain JavaScript file of an installed package (`.js`, `.cjs`, `.mjs`) read with TypeScript's
 * scanner (`ts.createScanner`, the library's own tokenizer) instead of a full parse, or undefined when the file
 * needs the parse (scanModule). Installed JavaScript has no types, so no import is elided: what edge-guard needs
 * from it is only its import specifiers, their kinds and their offsets, and whether it holds dynamic code.
 * Parsing every package file cost about a fifth of a run with node_modules followed (bench/results/edge-guard.md);
 * the scanner reads the same text in about a third of the time.
 *
 * Exact or nothing: the scan gives up (undefined) on anything whose reading depends on the grammar: `eval` or
 * `Function` anywhere, an import after a `return` or `throw` in a block still open, a `/` whose meaning (division or regular expression) the previous token does not settle,
 * a scanner error, `import x = require(…)`, `import type`, and the text of NEEDS_AST. Package files are not
 * asked for segment config, module-level calls or computed imports (graph.ts and runtime-guard.ts read those of
 * workspace files only), so those stay empty. What it does not see is a syntax error the scanner accepts (a
 * published package whose grammar is broken): such a file is followed instead of reported as unreadable.
 * Differential test: light-scan.test.ts (every JavaScript file of the installed packages the tests and the
 * benchmark use, against scanModule).
 */
export function lightScan(text: string): ModuleFacts | undefined {
  if (NEEDS_AST.test(text)) return undefined;
  let failed = false;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text, () => {
    failed = true;
  });
  // As scanModule lists them: the import declarations first, then `require()`/`import()` calls, each in text order.
  const imports: ImportSite[] = [];
  const calls: ImportSite[] = [];
  const site = (kind: ImportKind): ImportSite => {
    if (braces.length >= endedAt) failed = true;
    return { specifier: scanner.getTokenValue(), kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd(), erased: false, deadOnEdge: false, valueBindings: [] };
  };
  // What each open `(` follows (for `if (…) /re/`), and whether each open `{` belongs to a template's `${`.
  const parens: ts.SyntaxKind[] = [];
  const braces: boolean[] = [];
  // scanModule drops what follows a `return` or `throw` in its block (never evaluated): from the first one of
  // a still-open block on, an import site is left to the parse.
  let endedAt = Infinity;
  // `as`: read after calls that move them, which control-flow narrowing does not see.
  let prev = K.Unknown as ts.SyntaxKind;
  let closedParenOwner = K.Unknown as ts.SyntaxKind;
  let token = scanner.scan();
  const next = (): ts.SyntaxKind => {
    prev = token;
    token = scanner.scan();
    return token;
  };
  /** The token after the current one, without moving. */
  const peek = (): ts.SyntaxKind => scanner.lookAhead(() => scanner.scan());
  const current = (): ts.SyntaxKind => token;

  while (token !== K.EndOfFileToken) {
    if (failed) return undefined;
    const afterDot = prev === K.DotToken || prev === K.QuestionDotToken;
    switch (token) {
      case K.SlashToken:
      case K.SlashEqualsToken: {
        const regex = regexAllowed(prev, closedParenOwner);
        if (regex === undefined) return undefined;
        if (regex) token = scanner.reScanSlashToken();
        break;
      }
      case K.OpenParenToken:
        parens.push(prev);
        break;
      case K.CloseParenToken:
        closedParenOwner = parens.pop() ?? K.Unknown;
        break;
      case K.OpenBraceToken:
        braces.push(false);
        break;
      case K.TemplateHead:
        braces.push(true);
        break;
      case K.ReturnKeyword:
      case K.ThrowKeyword:
        if (!afterDot) endedAt = Math.min(endedAt, braces.length);
        break;
      case K.CloseBraceToken:
        if (braces.length <= endedAt) endedAt = Infinity;
        if (braces.pop()) {
          token = scanner.reScanTemplateToken(false);
          if (token === K.TemplateMiddle) braces.push(true);
        }
        break;
      case K.Identifier: {
        const name = scanner.getTokenValue();
        if (name === 'eval' || name === 'Function') return undefined;
        break;
      }
      case K.RequireKeyword: {
        if (afterDot) break;
        const after = peek();
        if (after === K.QuestionDotToken) return undefined; // `require?.('…')`
        if (after !== K.OpenParenToken) break;
        if (prev === K.NewKeyword) return undefined;
        next(); // (
        parens.push(K.RequireKeyword);
        const arg = next();
        if ((arg === K.StringLiteral || arg === K.NoSubstitutionTemplateLiteral) && peek() === K.CloseParenToken) calls.push(site('require'));
        continue;
      }
      case K.ImportKeyword: {
        if (afterDot) break;
        const after = peek();
        if (after === K.DotToken) break; // import.meta
        if (after === K.OpenParenToken) {
          if (prev === K.NewKeyword) return undefined;
          next(); // (
          parens.push(K.ImportKeyword);
          const arg = next();
          if (arg === K.StringLiteral || arg === K.NoSubstitutionTemplateLiteral) {
            const s = site('dynamic-import');
            const close = peek();
            if (close === K.CloseParenToken || close === K.CommaToken) calls.push(s);
          }
          continue;
        }
        if (after === K.ColonToken || after === K.CommaToken || after === K.CloseBraceToken) break; // a property named `import`
        if (after === K.StringLiteral) {
          next();
          imports.push(site('side-effect'));
          break;
        }
        // `import a, { b as c } from '…'`, `import * as ns from '…'`: up to `from` and its string.
        if (!readClause(false)) return undefined;
        imports.push(site('import'));
        break;
      }
      case K.ExportKeyword: {
        const after = peek();
        if (after !== K.AsteriskToken && after !== K.OpenBraceToken) {
          if (after === K.ImportKeyword || after === K.TypeKeyword) return undefined;
          break;
        }
        // `export * from`, `export * as ns from`, `export { a, b as c } from` (or a local `export { a }`).
        next();
        if (current() === K.AsteriskToken) {
          if (!readClause(true)) return undefined;
          imports.push(site('re-export'));
          break;
        }
        braces.push(false);
        while (next() !== K.CloseBraceToken) {
          const t = current();
          if (t === K.EndOfFileToken || failed || !(isNameToken(t) || t === K.CommaToken || t === K.StringLiteral)) return undefined;
        }
        braces.pop();
        if (peek() === K.FromKeyword) {
          next();
          if (next() !== K.StringLiteral) return undefined;
          imports.push(site('re-export'));
        }
        break;
      }
    }
    next();
  }
  if (failed) return undefined;
  return { imports: [...imports, ...calls], computedImports: [], dynamicCode: [], clientConstructions: [], moduleLevelCalls: [] };

  /** From `import`/`export *` up to the module string after `from`; false when the tokens are not a plain clause. */
  function readClause(fromFirst: boolean): boolean {
    let depth = 0;
    let first = !fromFirst;
    for (;;) {
      const t = next();
      if (failed || t === K.EndOfFileToken) return false;
      if (t === K.FromKeyword && depth === 0 && !first) {
        if (peek() !== K.StringLiteral) {
          // `import from from '…'`: `from` as the default binding's name.
          continue;
        }
        next();
        return true;
      }
      if (first && t === K.TypeKeyword) return false; // `import type`
      first = false;
      if (t === K.OpenBraceToken) depth++;
      else if (t === K.CloseBraceToken) depth--;
      else if (t === K.EqualsToken) return false;
      else if (!CLAUSE_TOKENS.has(t) && !isKeyword(t)) return false;
      if (depth < 0) return false;
    }
  }
}

/** Whether a `/` after `prev` starts a regular expression; undefined when the token alone does not settle it. */
function regexAllowed(prev: ts.SyntaxKind, closedParenOwner: ts.SyntaxKind): boolean | undefined {
  if (prev === K.Unknown) return true;
  if (prev === K.CloseParenToken) return HEAD_KEYWORDS.has(closedParenOwner);
  if (prev === K.CloseBracketToken) return false;
  if (prev === K.CloseBraceToken || prev === K.PlusPlusToken || prev === K.MinusMinusToken) return undefined;
  if (prev === K.Identifier || prev === K.PrivateIdentifier) return false;
  if (prev === K.NumericLiteral || prev === K.BigIntLiteral || prev === K.StringLiteral || prev === K.NoSubstitutionTemplateLiteral || prev === K.TemplateTail || prev === K.RegularExpressionLiteral) return false;
  if (isKeyword(prev)) return BEFORE_OPERAND.has(prev) ? true : VALUE_KEYWORDS.has(prev) ? false : undefined;
  return true; // any other punctuator expects an operand
}
