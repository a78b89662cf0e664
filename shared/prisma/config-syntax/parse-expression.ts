import type { Token } from './tokenize';
import { CONTEXTUAL, RESERVED, TokenCursor, decline } from './token-cursor';
import type { CallCandidate, Expr, Ident, ObjectExpr, Prop } from './types';

/** Type keywords accepted after `as`/`satisfies`; every other type is a dotted name. */
const TYPE_KEYWORDS = new Set('any unknown never string number boolean bigint symbol object undefined null void const'.split(' '));

/**
 * Expressions of the subset: literals, identifiers, `import.meta`, arrays, object literals, member, index
 * and call chains, `??`/`||`, parentheses, `as T`/`satisfies T`/`x!`. Precedence and ASI follow
 * TypeScript's parser: `as` binds tighter than `??`, needs no line break before it, and ends the
 * left-hand side (`x as T\n(y)` is two statements, not a call).
 */
export class ExpressionParser extends TokenCursor {
  protected readonly calls: CallCandidate[] = [];

  expression(): Expr {
    let left = this.asExpression();
    const op = this.peek().value;
    if (!this.is('??') && !this.is('||')) return left;
    while (this.is(op)) {
      this.next();
      const right = this.asExpression();
      left = { kind: 'binary', op: op as '??' | '||', left, right, start: left.start, end: right.end };
    }
    return this.is('??') || this.is('||') ? decline() : left; // mixed without parentheses: TypeScript's own precedence
  }

  private asExpression(): Expr {
    let e = this.postfix(this.primary());
    while ((this.is('as') || this.is('satisfies')) && !this.peek().newline) {
      this.next();
      this.type();
      e = { kind: 'wrap', inner: e, start: e.start, end: this.lastEnd };
    }
    return e;
  }

  /** A keyword type or a dotted name: what `as`, `satisfies` and a declaration's annotation may name. */
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
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.type === 'string' || t.type === 'template') {
      this.next();
      return { kind: 'string', value: t.value, template: t.type === 'template', start: t.start, end: t.end };
    }
    if (t.type === 'number' || this.is('true') || this.is('false') || this.is('null')) {
      this.next();
      return { kind: 'other', start: t.start, end: t.end };
    }
    if (this.is('import')) {
      this.next();
      this.expect('.');
      this.expect('meta');
      return { kind: 'meta', start: t.start, end: this.lastEnd };
    }
    if (this.is('(')) {
      this.next();
      const inner = this.expression();
      return { kind: 'wrap', inner, start: t.start, end: this.expect(')').end };
    }
    if (this.is('[')) {
      this.next();
      this.list(']', () => this.argument());
      return { kind: 'other', start: t.start, end: this.lastEnd };
    }
    if (this.is('{')) return this.object();
    return this.ident(this.identifier());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      const t = this.peek();
      if (t.type === 'template') decline(); // a tagged template
      if (this.is('.')) {
        this.next();
        const name = this.nameAfterDot();
        e = { kind: 'member', object: e, name: name.value, start: e.start, end: name.end };
      } else if (this.is('[')) {
        this.next();
        const index = this.expression();
        e = { kind: 'index', object: e, index, start: e.start, end: this.expect(']').end };
      } else if (this.is('(')) {
        this.next();
        e = this.call(e, this.list(')', () => this.argument()));
      } else if (this.is('!') && !t.newline) {
        e = { kind: 'wrap', inner: e, start: e.start, end: this.next().end };
      } else return e;
    }
  }

  /**
   * `a.\nb c` is `a.<missing>` then `b c` to TypeScript (it guesses the line is being typed), so a name on
   * the next line followed by another name on its own line is left to TypeScript.
   */
  private nameAfterDot(): Token {
    const name = this.next();
    if (name.type !== 'name' || (name.newline && this.peek().type === 'name' && !this.peek().newline)) decline();
    return name;
  }

  private call(callee: Expr, args: Expr[]): Expr {
    const e: Expr = { kind: 'call', callee, args, start: callee.start, end: this.lastEnd };
    const first = args[0];
    if (callee.kind === 'ident' && first?.kind === 'string') this.calls.push({ callee: callee.name, arg: first.value, start: e.start, end: e.end });
    return e;
  }

  private argument(): Expr {
    if (!this.is('...')) return this.expression();
    const start = this.next().start;
    this.expression();
    return { kind: 'other', start, end: this.lastEnd };
  }

  private object(): ObjectExpr {
    const start = this.next().start;
    const props = this.list('}', (): Prop => {
      if (this.is('...')) {
        this.argument();
        return { kind: 'other' };
      }
      const key = this.peek();
      if (key.type === 'string' || (key.type === 'name' && this.is(':', 1))) {
        this.next();
        this.expect(':');
        return { kind: 'assign', key: key.value, value: this.expression() };
      }
      return this.is(',', 1) || this.is('}', 1) ? { kind: 'shorthand', value: this.ident(this.identifier()) } : decline();
    });
    return { kind: 'object', props, start, end: this.lastEnd };
  }

  /** Items up to `close`, separated by commas, a trailing comma allowed; consumes `close`. */
  private list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    while (!this.is(close)) {
      items.push(item());
      if (!this.is(close)) this.expect(',');
    }
    this.next();
    return items;
  }

  private ident(t: Token): Ident {
    return { kind: 'ident', name: t.value, start: t.start, end: t.end };
  }
}
