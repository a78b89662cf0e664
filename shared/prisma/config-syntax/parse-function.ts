import type { Token } from './tokenize';
import { ExpressionParser } from './parse-expression';
import { decline } from './token-cursor';
import type { Expr } from './types';

/**
 * Functions: arrow functions, function expressions and declarations, object methods. Each is one `other`
 * node; its body runs later, if ever, so nothing in it is kept (TypeScript's front end skips function-like
 * nodes). The body is still parsed, not skipped by brackets: in broken code TypeScript's error recovery
 * may end a function before its matching brace (`f(() => { g(a; b) }, h())` ends at `b`), and only a
 * parse of the body can tell it is not broken.
 */
export abstract class FunctionParser extends ExpressionParser {
  /** `{ statements }`; a function body allows `return`. */
  protected abstract block(functionBody?: boolean): void;

  /**
   * `x => …`, `async x => …`, `(a, b: T = 'd'): R => …`, `async () => {…}`. As TypeScript does, a
   * parenthesis is an arrow's when its match is followed by `=>`, by `:` (a return type), or by `{` (an
   * arrow missing its `=>`, which is left to TypeScript).
   */
  protected override arrowFunction(): Expr | undefined {
    const start = this.peek().start;
    const modifier = this.is('async') && !this.peek(1).newline ? 1 : 0;
    const simple = this.peek(modifier).type === 'name' && this.is('=>', modifier + 1);
    if (!simple) {
      if (!this.is('(', modifier)) return undefined;
      const after = this.afterParentheses(this.pos + modifier);
      const follows = (value: string) => after?.type === 'punct' && after.value === value;
      if (follows('{')) decline();
      if (!follows('=>') && !follows(':')) return modifier ? decline() : undefined; // `async (x)` is a call
    }
    this.pos += modifier;
    const mark = this.calls.length;
    if (simple) this.identifier();
    else {
      this.parameters();
      this.returnType();
    }
    if (this.peek().newline) decline(); // TypeScript reads on, but reports the line break
    this.expect('=>');
    if (this.is('{')) this.block(true);
    else this.expression();
    this.calls.length = mark;
    return { kind: 'other', start, end: this.lastEnd };
  }

  /** `function [name](…) {…}` or `async function …`, with no `*`. */
  protected override functionExpression(): Expr | undefined {
    if (!this.isFunctionStart()) return undefined;
    const start = this.peek().start;
    this.functionDeclaration(true);
    return { kind: 'other', start, end: this.lastEnd };
  }

  /** `async` is a modifier only before `function` on the same line. */
  protected isFunctionStart(ahead = 0): boolean {
    return this.is('function', ahead) || (this.is('async', ahead) && this.is('function', ahead + 1) && !this.peek(ahead + 1).newline);
  }

  /** A declaration's name is optional only after `export default`, an expression's always. */
  protected functionDeclaration(nameOptional: boolean): void {
    if (this.is('async')) this.next();
    this.expect('function');
    if (!nameOptional || !this.is('(')) this.identifier();
    this.functionRest();
  }

  /**
   * `name() {}`, `async name() {}`, `get name() {}`, `set name(v) {}`, read whole when one starts here.
   * TypeScript takes `async` as a modifier only before a name on the same line, `get`/`set` on any line.
   */
  protected override method(): boolean {
    const named = (ahead: number) => ['name', 'string'].includes(this.peek(ahead).type) && this.is('(', ahead + 1);
    const modifier = this.is('get') || this.is('set') || (this.is('async') && !this.peek(1).newline);
    const skip = named(0) ? 1 : modifier && named(1) ? 2 : 0;
    if (skip === 0) return false;
    this.pos += skip;
    this.functionRest();
    return true;
  }

  private functionRest(): void {
    const mark = this.calls.length;
    this.parameters();
    this.returnType();
    this.block(true);
    this.calls.length = mark;
  }

  /** `(a, b: T, c = 'd')`; rest parameters, optional ones and destructuring are left to TypeScript. */
  private parameters(): void {
    this.expect('(');
    this.list(')', () => {
      this.identifier();
      if (this.is(':')) {
        this.next();
        this.type();
      }
      if (this.is('=')) {
        this.next();
        this.expression();
      }
    });
  }

  private returnType(): void {
    if (!this.is(':')) return;
    this.next();
    this.type();
  }

  /** The token after the parenthesis that closes the one at `index`, or undefined at the end of the file. */
  private afterParentheses(index: number): Token | undefined {
    let depth = 0;
    for (let i = index; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (t.type !== 'punct') continue;
      if (t.value === '(') depth++;
      else if (t.value === ')' && --depth === 0) return this.tokens[i + 1];
    }
    return undefined;
  }
}
