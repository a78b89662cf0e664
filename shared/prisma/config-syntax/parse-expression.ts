import type { Token } from './tokenize';
import { TypeParser } from './parse-type';
import { decline } from './token-cursor';
import { processEnvName, unwrap } from './queries';
import type { CallCandidate, CallCondition, Expr, Ident, ObjectExpr, Prop } from './types';

/**
 * Expressions of the subset: literals, identifiers, `import.meta`, arrays, object literals, member, index
 * and call chains (optional ones too), `new`, `!x`, `??`/`||`, parentheses, `as T`/`satisfies T`/`x!`,
 * and functions (parse-function.ts). Precedence and ASI follow TypeScript's parser: `as` binds tighter
 * than `??`, needs no line break before it, and ends the left-hand side (`x as T\n(y)` is two statements).
 */
export abstract class ExpressionParser extends TypeParser {
  protected readonly calls: CallCandidate[] = [];

  /** Marks the calls recorded since `mark` as running only when `test` is truthy (or falsy, `negated`). */
  protected callsUnder(mark: number, test: Expr, negated: boolean): void {
    const e = unwrap(test);
    const name = processEnvName(e);
    const when: CallCondition = { ...(name !== undefined ? { env: name } : {}), negated, start: test.start, end: test.end };
    for (const c of this.calls.slice(mark)) c.when = [when, ...(c.when ?? [])];
  }

  /** The arrow function starting here, read whole, or undefined when none starts here. */
  protected abstract arrowFunction(): Expr | undefined;
  /** The function expression starting here, read whole, or undefined when none starts here. */
  protected abstract functionExpression(): Expr | undefined;
  /** The object method or accessor starting here, read whole; false when none starts here. */
  protected abstract method(): boolean;

  /** An assignment expression, as TypeScript names it: where an arrow function may stand. */
  expression(): Expr {
    const arrow = this.arrowFunction();
    if (arrow) return arrow;
    let left = this.asExpression();
    const op = this.peek().value;
    if (!this.is('??') && !this.is('||')) return left;
    while (this.is(op)) {
      this.next();
      const mark = this.calls.length;
      const right = this.asExpression();
      this.callsUnder(mark, left, true); // the right side runs only when the left is empty
      left = { kind: 'binary', op: op as '??' | '||', left, right, start: left.start, end: right.end };
    }
    return this.is('??') || this.is('||') ? decline() : left; // mixed without parentheses: TypeScript's own precedence
  }

  private asExpression(): Expr {
    let e = this.unary();
    while ((this.is('as') || this.is('satisfies')) && !this.peek().newline) {
      this.next();
      this.type();
      e = { kind: 'wrap', inner: e, start: e.start, end: this.lastEnd };
    }
    return e;
  }

  /** `!x`, which binds looser than member access and calls (`!a.b()`) and tighter than `as`. */
  private unary(): Expr {
    if (!this.is('!')) return this.postfix(this.primary());
    const start = this.next().start;
    return { kind: 'other', start, end: this.unary().end };
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
    if (this.is('new')) return this.newExpression();
    return this.functionExpression() ?? this.ident(this.identifier());
  }

  /** Member, index and call chains; under `new` the first argument list ends the chain, and `?.` is an error. */
  private postfix(e: Expr, callable = true): Expr {
    for (;;) {
      const t = this.peek();
      if (t.type === 'template') decline(); // a tagged template
      const chained = this.is('?.');
      if (chained && !callable) decline();
      if (chained) this.next();
      if (this.is('[')) {
        this.next();
        const index = this.expression();
        e = { kind: 'index', object: e, index, start: e.start, end: this.expect(']').end };
      } else if (this.is('(') && callable) {
        this.next();
        e = this.call(e, this.list(')', () => this.argument()));
      } else if (this.is('.') || chained) {
        if (!chained) this.next();
        const name = this.nameAfterDot();
        e = { kind: 'member', object: e, name: name.value, start: e.start, end: name.end };
      } else if (this.is('!') && !t.newline) {
        e = { kind: 'wrap', inner: e, start: e.start, end: this.next().end };
      } else return e;
    }
  }

  /** `new X.y[z](args)` and `new X`, whose calls inside are kept like any others. */
  private newExpression(): Expr {
    const start = this.next().start;
    // `new.target`; and TypeScript reads `import.meta` only outside `new` (`new import.meta.X()` is an error).
    if (this.is('.') || this.is('import')) decline();
    this.postfix(this.primary(), false);
    if (this.is('(')) {
      this.next();
      this.list(')', () => this.argument());
    }
    return { kind: 'other', start, end: this.lastEnd };
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
      if (this.method()) return { kind: 'other' };
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
  protected list<T>(close: string, item: () => T): T[] {
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
