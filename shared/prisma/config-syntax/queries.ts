import type { Expr, ObjectExpr } from './types';

/** The expression inside parentheses, `as T`, `satisfies T` and `x!`, which change no value. */
export function unwrap(e: Expr): Expr {
  while (e.kind === 'wrap') e = e.inner;
  return e;
}

/** The first property called `name`, written `name: value` or as a shorthand; spreads and methods are passed over. */
export function property(obj: ObjectExpr, name: string): Expr | undefined {
  for (const p of obj.props) {
    if (p.kind === 'assign' && p.key === name) return p.value;
    if (p.kind === 'shorthand' && p.value.name === name) return p.value;
  }
  return undefined;
}

/** `NAME` of `env('NAME')` when `env` is a local name of prisma's env(). */
export function envCallName(e: Expr, envNames: Set<string>): string | undefined {
  if (e.kind !== 'call' || e.callee.kind !== 'ident' || !envNames.has(e.callee.name)) return undefined;
  const arg = e.args[0];
  return arg?.kind === 'string' ? arg.value : undefined;
}

/** `X` of `process.env.X` or `process.env['X']`. */
export function processEnvName(e: Expr): string | undefined {
  const isProcessEnv = (x: Expr) => x.kind === 'member' && x.name === 'env' && x.object.kind === 'ident' && x.object.name === 'process';
  if (e.kind === 'member' && isProcessEnv(e.object)) return e.name;
  if (e.kind === 'index' && isProcessEnv(e.object) && e.index.kind === 'string' && !e.index.template) return e.index.value;
  return undefined;
}

/** `__dirname` or `import.meta.dirname`: the config file's directory. */
export function isDirname(e: Expr): boolean {
  if (e.kind === 'ident') return e.name === '__dirname';
  return e.kind === 'member' && e.name === 'dirname' && e.object.kind === 'meta';
}

/** `path.join(...)`, `path.resolve(...)`, or `join`/`resolve` imported bare. */
export function isPathCall(callee: Expr): boolean {
  const name = callee.kind === 'member' ? callee.name : callee.kind === 'ident' ? callee.name : '';
  return name === 'join' || name === 'resolve';
}
