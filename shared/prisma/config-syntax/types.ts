/**
 * The part of a prisma.config.ts that Bickford reads, as a small syntax tree both front ends build: Babel's
 * parser (from-babel.ts), which reads every config, and the TypeScript compiler (from-typescript.ts), the
 * reference and the fallback. The evaluator in read-config.ts knows only this tree.
 *
 * `start`/`end` are UTF-16 offsets into the text, exactly TypeScript's `node.getStart(source)` and
 * `node.getEnd()` (no leading trivia): locations and the `unknown` value's text are cut from them.
 */
export interface Span {
  start: number;
  end: number;
}

export type Expr =
  /** A string literal or a template without substitutions; `value` is the cooked text. */
  | (Span & { kind: 'string'; value: string; template: boolean })
  | (Span & { kind: 'ident'; name: string })
  /** `import.meta` (or `new.target`, which TypeScript also calls a meta-property). */
  | (Span & { kind: 'meta' })
  /** `object.name`, optional chains included (the evaluator reads them alike). */
  | (Span & { kind: 'member'; object: Expr; name: string })
  /** `object[index]`. */
  | (Span & { kind: 'index'; object: Expr; index: Expr })
  /** `callee(args)`; a spread argument is an `other` node. */
  | (Span & { kind: 'call'; callee: Expr; args: Expr[] })
  | ObjectExpr
  /** `??` and `||`; every other operator is an `other` node. */
  | (Span & { kind: 'binary'; op: '??' | '||'; left: Expr; right: Expr })
  /** Parentheses, `as T`, `satisfies T` and `x!`: no value of their own. */
  | (Span & { kind: 'wrap'; inner: Expr })
  /** Anything else (numbers, arrays, functions, ...): only its span is kept. */
  | (Span & { kind: 'other' });

export type ObjectExpr = Span & { kind: 'object'; props: Prop[] };
export type Ident = Extract<Expr, { kind: 'ident' }>;

export type Prop =
  /** `key: value`; `key` is undefined when it is neither an identifier nor a string (numbers, `[computed]`). */
  | { kind: 'assign'; key: string | undefined; value: Expr }
  | { kind: 'shorthand'; value: Ident }
  /** Spreads, methods, accessors. */
  | { kind: 'other' };

export type Statement =
  /** `from` is undefined only when the module specifier is not a string (a syntax error). */
  | (Span & { kind: 'import'; from: string | undefined; named: { imported: string; local: string }[] })
  /** A top-level `const`/`let`/`var`: the declarations with an identifier name and an initializer. */
  | (Span & { kind: 'variables'; declarations: { name: string; init: Expr }[] })
  /** `export default <expression>` or `export = <expression>`. */
  | (Span & { kind: 'export'; expression: Expr })
  | (Span & { kind: 'other' });

/** A call `name('text')` outside function bodies: an `env()` call when `name` is bound to prisma's env. */
export interface CallCandidate extends Span {
  callee: string;
  arg: string;
  /** The conditions under which the call runs (`process.env.X && env('X')`), outermost first; none: always at load. */
  when?: CallCondition[];
}

/**
 * A condition a call runs under. `env` is set when the condition is only the truthiness of
 * `process.env.NAME` (or its negation): then the job's environment decides it. Otherwise only its span is known.
 */
export interface CallCondition extends Span {
  env?: string;
  /** The call runs when the condition is false (`else`, the right side of `||`, `!x &&`). */
  negated: boolean;
}

export interface ConfigProgram {
  /** Top-level statements in order. */
  statements: Statement[];
  /** In document order. */
  calls: CallCandidate[];
}
