import type { Token } from './tokenize';
import { CONTEXTUAL, RESERVED, TokenCursor, decline } from './token-cursor';

/** Type keywords accepted in annotations, after `as` and after `satisfies`; every other type is a dotted name. */
const TYPE_KEYWORDS = new Set('any unknown never string number boolean bigint symbol object undefined null void const'.split(' '));

/** The types the subset reads: only their extent matters, since no type reaches the tree. */
export class TypeParser extends TokenCursor {
  /** A keyword type, or a dotted name with type arguments (`Promise<string>`). */
  protected type(): void {
    const t = this.next();
    if (t.type !== 'name') decline();
    if (TYPE_KEYWORDS.has(t.value)) {
      if (this.is('.')) decline(); // `string.X` is a type reference TypeScript reads its own way
      return;
    }
    if (RESERVED.has(t.value) || CONTEXTUAL.has(t.value)) decline();
    while (this.is('.')) {
      this.next();
      this.nameAfterDot();
    }
    // TypeScript reads `<` as type arguments only on the same line; after a break it is a comparison.
    if (!this.is('<') || this.peek().newline) return;
    this.next();
    for (;;) {
      // `const` is no start of a type, so TypeScript ends the list before it (`as A<const>`).
      if (this.is('const')) decline();
      this.type();
      if (!this.is(',')) break;
      this.next();
    }
    this.expect('>');
  }

  /**
   * `a.\nb c` is `a.<missing>` then `b c` to TypeScript (it guesses the line is being typed), so a name on
   * the next line followed by another name on its own line is left to TypeScript.
   */
  protected nameAfterDot(): Token {
    const name = this.next();
    if (name.type !== 'name' || (name.newline && this.peek().type === 'name' && !this.peek().newline)) decline();
    return name;
  }
}
