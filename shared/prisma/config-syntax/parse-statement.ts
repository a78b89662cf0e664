import { FunctionParser } from './parse-function';
import { decline } from './token-cursor';
import type { Expr, Statement } from './types';

/**
 * Statements other than imports and exports: declarations, expression statements, blocks, `if`/`else`,
 * `try`/`catch`/`finally`, `throw`, and `return` in a function body. Inside a block nothing but the calls
 * is kept: its declarations are not the file's top-level consts.
 */
export class StatementParser extends FunctionParser {
  private inFunction = false;

  protected override block(functionBody = false): void {
    const outer = this.inFunction;
    this.inFunction = outer || functionBody;
    this.expect('{');
    while (!this.is('}')) this.statement();
    this.next();
    this.inFunction = outer;
  }

  protected statement(): void {
    const t = this.peek();
    if (this.is(';')) this.next();
    else if (this.is('{')) this.block();
    else if (this.isVariables()) this.variables(t.start);
    else if (this.isFunctionStart()) this.functionDeclaration(false);
    else if (this.is('if')) this.ifStatement();
    else if (this.is('try')) this.tryStatement();
    else if (this.is('throw')) {
      this.next();
      if (this.peek().newline) decline(); // an error TypeScript recovers from
      this.expression();
      this.end();
    } else if (this.is('return') && this.inFunction) {
      this.next();
      if (!this.atStatementEnd()) this.expression(); // `return\nx` returns nothing, as ASI has it
      this.end();
    } else {
      // A statement starting with `(` or `[` is rarely a config's; a keyword's is not in the subset.
      if (t.type !== 'name') decline();
      this.expression(); // `dotenv.config()`, `config({ path: '../.env' })`
      this.end();
    }
  }

  private ifStatement(): void {
    this.next();
    this.expect('(');
    const test = this.expression();
    this.expect(')');
    const mark = this.calls.length;
    this.statement();
    this.callsUnder(mark, test, false);
    if (!this.is('else')) return;
    this.next();
    const elseMark = this.calls.length;
    this.statement();
    this.callsUnder(elseMark, test, true);
  }

  /** `try {…} catch (e: unknown) {…} finally {…}`; without a catch clause the finally block is required. */
  private tryStatement(): void {
    this.next();
    this.block();
    const caught = this.is('catch');
    if (caught) {
      this.next();
      if (this.is('(')) {
        this.next();
        this.identifier();
        if (this.is(':')) {
          this.next();
          this.type();
        }
        this.expect(')');
      }
      this.block();
    }
    if (caught && !this.is('finally')) return;
    this.expect('finally');
    this.block();
  }

  protected isVariables(): boolean {
    return this.is('const') || this.is('let') || this.is('var');
  }

  protected variables(start: number): Statement {
    this.next();
    const declarations: { name: string; init: Expr }[] = [];
    for (;;) {
      const name = this.identifier();
      if (this.is(':')) {
        this.next();
        this.type();
      }
      if (this.is('=')) {
        this.next();
        declarations.push({ name: name.value, init: this.expression() });
      }
      if (!this.is(',')) break;
      this.next();
    }
    return { kind: 'variables', declarations, start, end: this.end() };
  }

  /** Ends a statement at `;`, or where TypeScript inserts one: before a line break, a `}`, or the end of the file. */
  protected end(): number {
    if (this.is(';')) return this.next().end;
    return this.atStatementEnd() ? this.lastEnd : decline();
  }

  private atStatementEnd(): boolean {
    const t = this.peek();
    return this.is(';') || this.is('}') || t.type === 'eof' || t.newline;
  }
}
