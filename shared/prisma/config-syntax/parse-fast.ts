import { tokenize } from './tokenize';
import { ExpressionParser } from './parse-expression';
import { DECLINE, RESERVED, decline } from './token-cursor';
import type { ConfigProgram, Expr, Statement } from './types';

/**
 * The config's syntax tree without the TypeScript compiler, which costs ~160 ms to load: nearly every
 * prisma.config.ts is imports, consts, maybe `dotenv.config()`, and `export default defineConfig({...})`.
 * Returns undefined for anything outside that subset (functions, classes, `try`, `${}` templates, ...),
 * and the caller asks TypeScript instead: declining is always safe, a wrong tree is not.
 */
export function parseFast(text: string): ConfigProgram | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  try {
    return new StatementParser(tokens).program();
  } catch (e) {
    if (e === DECLINE || e instanceof RangeError) return undefined; // RangeError: nesting deeper than the stack
    throw e;
  }
}

class StatementParser extends ExpressionParser {
  program(): ConfigProgram {
    const statements: Statement[] = [];
    while (this.peek().type !== 'eof') statements.push(this.statement());
    return { statements, calls: this.calls.sort((a, b) => a.start - b.start) };
  }

  private statement(): Statement {
    const start = this.peek().start;
    if (this.is(';')) return { kind: 'other', start, end: this.next().end };
    if (this.is('import')) return this.importDeclaration(start);
    if (this.is('export') && this.is('default', 1)) return this.exportAssignment(start, 2);
    if (this.is('export') && this.is('=', 1)) return this.exportAssignment(start, 2);
    if (this.is('export')) this.next();
    if (this.is('const') || this.is('let') || this.is('var')) return this.variables(start);
    // `export` of anything else; a statement starting with `{` is a block, with `(` or `[` rarely a config's.
    if (start !== this.peek().start || this.peek().type !== 'name') decline();
    this.expression(); // `dotenv.config()`, `config({ path: '../.env' })`
    return { kind: 'other', start, end: this.end() };
  }

  /** `import 'm'`, `import x from 'm'`, `import * as x from 'm'`, `import x, { a as b, type C } from 'm'`, `import type ...`. */
  private importDeclaration(start: number): Statement {
    this.next();
    const named: { imported: string; local: string }[] = [];
    if (this.peek().type !== 'string') {
      if (this.is('type') && (this.is('{', 1) || this.is('*', 1) || (this.peek(1).type === 'name' && !this.is('from', 1)))) this.next();
      let clause = this.is('{') || this.is('*');
      if (!clause) {
        this.binding();
        clause = this.is(',');
        if (clause) this.next();
      }
      if (clause && this.is('*')) {
        this.next();
        this.expect('as');
        this.binding();
      } else if (clause) {
        this.expect('{');
        while (!this.is('}')) {
          named.push(this.specifier());
          if (!this.is('}')) this.expect(',');
        }
        this.next();
      }
      this.expect('from');
    }
    const from = this.next();
    if (from.type !== 'string') decline();
    return { kind: 'import', from: from.value, named, start, end: this.end() };
  }

  /** `a`, `a as b`, `type a`, `type a as b`; `type` and `as` as names themselves are left to TypeScript. */
  private specifier(): { imported: string; local: string } {
    const words: string[] = [];
    while (this.peek().type === 'name') words.push(this.next().value);
    if (words[0] === 'type') words.shift();
    const [imported, as, local] = words;
    const plain = (w: string | undefined) => w !== undefined && w !== 'type' && w !== 'as';
    if (words.length === 1 && plain(imported) && !RESERVED.has(imported)) return { imported, local: imported };
    if (words.length === 3 && plain(imported) && as === 'as' && plain(local) && !RESERVED.has(local)) return { imported, local };
    return decline();
  }

  private binding(): void {
    if (this.is('from') || this.is('type')) decline();
    this.identifier();
  }

  private exportAssignment(start: number, keywords: number): Statement {
    for (let i = 0; i < keywords; i++) this.next();
    const expression = this.expression();
    return { kind: 'export', expression, start, end: this.end() };
  }

  private variables(start: number): Statement {
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

  /** Ends a statement at `;`, or where TypeScript inserts one: before a line break or the end of the file. */
  private end(): number {
    if (this.is(';')) return this.next().end;
    const t = this.peek();
    return t.type === 'eof' || t.newline ? this.lastEnd : decline();
  }
}
