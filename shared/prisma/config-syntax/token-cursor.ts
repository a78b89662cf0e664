import type { Token } from './tokenize';

/** Thrown to decline a file: the caller falls back to the TypeScript compiler. */
export const DECLINE = Symbol('decline');

/** Words that are never a plain identifier in an expression (JavaScript's reserved words, strict mode's). */
export const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with implements interface let package private ' +
    'protected public static yield await').split(' '),
);
/** Contextual words that may start something other than an identifier (`async () =>`, `declare`, `type X =`). */
export const CONTEXTUAL = new Set('abstract accessor async declare global module namespace type using as satisfies infer keyof readonly unique asserts is out override'.split(' '));

/** Walks the tokens; every unexpected token declines the whole file. */
export class TokenCursor {
  protected pos = 0;

  constructor(protected readonly tokens: Token[]) {}

  protected peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
  }

  protected next(): Token {
    return this.tokens[this.pos++] ?? decline();
  }

  /** The end of the last token consumed. */
  protected get lastEnd(): number {
    return this.tokens[this.pos - 1].end;
  }

  protected is(value: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return (t.type === 'punct' || t.type === 'name') && t.value === value;
  }

  protected expect(value: string): Token {
    return this.is(value) ? this.next() : decline();
  }

  /** An identifier that binds or reads a variable (not a keyword, not a contextual word). */
  protected identifier(): Token {
    const t = this.next();
    return t.type === 'name' && !RESERVED.has(t.value) && !CONTEXTUAL.has(t.value) ? t : decline();
  }
}

export function decline(): never {
  throw DECLINE;
}
