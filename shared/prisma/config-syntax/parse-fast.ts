import { tokenize } from './tokenize';
import { StatementParser } from './parse-statement';
import { DECLINE, RESERVED, decline } from './token-cursor';
import type { ConfigProgram, Statement } from './types';

/**
 * The config's syntax tree without the TypeScript compiler, which costs ~160 ms to load: nearly every
 * prisma.config.ts is imports, consts, maybe `dotenv.config()`, and `export default defineConfig({...})`.
 * Functions, `try`, `if` and `new` are read too. Returns undefined for anything outside that subset
 * (classes, loops, most operators, `${}` templates, ...), and the caller asks TypeScript instead:
 * declining is always safe, a wrong tree is not.
 */
export function parseFast(text: string): ConfigProgram | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  try {
    return new ProgramParser(tokens).program();
  } catch (e) {
    if (e === DECLINE || e instanceof RangeError) return undefined; // RangeError: nesting deeper than the stack
    throw e;
  }
}

class ProgramParser extends StatementParser {
  program(): ConfigProgram {
    const statements: Statement[] = [];
    while (this.peek().type !== 'eof') statements.push(this.topLevelStatement());
    return { statements, calls: this.calls.sort((a, b) => a.start - b.start) };
  }

  private topLevelStatement(): Statement {
    const start = this.peek().start;
    if (this.is('import')) return this.importDeclaration(start);
    if (this.is('export') && this.is('default', 1) && this.isFunctionStart(2)) {
      this.pos += 2;
      this.functionDeclaration(true); // a declaration, where `export default (function () {})` is an expression
      return { kind: 'other', start, end: this.lastEnd };
    }
    if (this.is('export') && (this.is('default', 1) || this.is('=', 1))) return this.exportAssignment(start, 2);
    if (this.is('export')) {
      this.next();
      if (!this.isFunctionStart() && !this.isVariables()) decline(); // `export { a }`, `export class`, ...
    }
    if (this.isVariables()) return this.variables(start);
    this.statement();
    return { kind: 'other', start, end: this.lastEnd };
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
}
