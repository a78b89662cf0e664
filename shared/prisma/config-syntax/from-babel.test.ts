import { fromBabel } from './from-babel';

describe('fromBabel', () => {
  it('starts a statement at its first token, after comments and JSDoc, as TypeScript does', () => {
    const text = "// header\n/** docs */\nexport default { schema: 'x' } // trailing\n";
    const [stmt] = fromBabel(text).statements;
    expect(text.slice(stmt.start, stmt.end)).toBe("export default { schema: 'x' }");
  });

  it('ends a statement at its semicolon, or at the last token before a line break', () => {
    const text = "const a = 'x' ;\nconst b = f\n('y')\nexport default b";
    expect(fromBabel(text).statements.map((s) => text.slice(s.start, s.end))).toEqual(["const a = 'x' ;", "const b = f\n('y')", 'export default b']);
  });

  it('cooks escapes in strings and templates', () => {
    const text = "const a = 'A\\x42\\u0043\\u{1F600}\\n\\'', b = `t\\u0041`";
    const [stmt] = fromBabel(text).statements;
    expect(stmt.kind === 'variables' && stmt.declarations.map((d) => d.init)).toEqual([
      expect.objectContaining({ kind: 'string', value: "ABC😀\n'", template: false }),
      expect.objectContaining({ kind: 'string', value: 'tA', template: true }),
    ]);
  });

  it('lists calls of a bare name with a string first, in document order, outer before inner', () => {
    const text = "f('a', g('b'))\nexport default { url: env(`c`), other: env(('d')), spread: h(...['e']) }";
    expect(fromBabel(text).calls.map((c) => [c.callee, c.arg, text.slice(c.start, c.end)])).toEqual([
      ['f', 'a', "f('a', g('b'))"],
      ['g', 'b', "g('b')"],
      ['env', 'c', 'env(`c`)'],
    ]);
  });

  it('binds as tighter than ?? and reads import specifiers with their aliases', () => {
    const program = fromBabel("import x, { a as b, type env, default as d } from 'm'\nexport default p ?? q as T");
    expect(program.statements[0]).toMatchObject({ kind: 'import', from: 'm', named: [{ imported: 'a', local: 'b' }, { imported: 'env', local: 'env' }, { imported: 'default', local: 'd' }] });
    expect(program.statements[1]).toMatchObject({ expression: { kind: 'binary', op: '??', left: { kind: 'ident' }, right: { kind: 'wrap', inner: { name: 'q' } } } });
  });

  it('reads a function declaration, a try statement and an arrow function as one node each, spanned as TypeScript spans them', () => {
    const text = "export async function url(): Promise<string> { return env('A') }\ntry { load() } catch (e) {} finally {}\nexport default { adapter: async (x) => new Pg(x), get schema() { return 'x' } }\n";
    const program = fromBabel(text);
    expect(program.statements.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['other', "export async function url(): Promise<string> { return env('A') }"],
      ['other', 'try { load() } catch (e) {} finally {}'],
      ['export', "export default { adapter: async (x) => new Pg(x), get schema() { return 'x' } }"],
    ]);
    const root = program.statements[2].kind === 'export' ? program.statements[2].expression : undefined;
    expect(root?.kind === 'object' && root.props).toEqual([{ kind: 'assign', key: 'adapter', value: { kind: 'other', start: text.indexOf('async ('), end: text.indexOf(', get') } }, { kind: 'other' }]);
  });

  it('lists calls in blocks, conditions and new arguments, but none in function bodies or parameters', () => {
    const text = "try { f('try') } catch { f('catch') }\nif (f('cond')) f('then'); else { f('else') }\nnew C(f('new'))\nfunction g(a = f('default')) { f('body') }\nconst h = () => f('arrow'), i = { m() { f('method') } }, j = function () { f('expression') }\n";
    expect(fromBabel(text).calls.map((c) => c.arg)).toEqual(['try', 'catch', 'cond', 'then', 'else', 'new']);
  });

  it('records the conditions a call runs under: branches, short-circuits and the environment variable they test', () => {
    const text = "if (process.env.CI) env('A'); else env('B')\nconst u = process.env['X'] ?? env('C')\nexport default { url: (process.env.Y as string) && env('D'), s: f() ? env('E') : 1 }\n";
    const when = (arg: string) => fromBabel(text).calls.find((c) => c.arg === arg)?.when?.map((w) => [w.env, w.negated, text.slice(w.start, w.end)]);
    expect(when('A')).toEqual([['CI', false, 'process.env.CI']]);
    expect(when('B')).toEqual([['CI', true, 'process.env.CI']]);
    expect(when('C')).toEqual([['X', true, "process.env['X']"]]);
    expect(when('D')).toEqual([['Y', false, '(process.env.Y as string)']]);
    expect(when('E')).toEqual([[undefined, false, 'f()']]);
  });

  it('reads optional chains as member, index and call nodes, and a declaration inside a block as no top-level one', () => {
    const text = "const a = x?.y?.['z']?.(w)\nif (a) { const b = 'x' }";
    const program = fromBabel(text);
    expect(program.statements[0]).toMatchObject({ declarations: [{ name: 'a', init: { kind: 'call', callee: { kind: 'index', object: { kind: 'member', name: 'y' } } } }] });
    expect(program.statements[1]).toEqual({ kind: 'other', start: text.indexOf('if'), end: text.length });
  });

  it('reads a member name on the next line as JavaScript does (and Prisma loads it), where TypeScript guesses a name is being typed', () => {
    const text = 'const url = process.env.\nDATABASE_URL as string;\n';
    const [stmt] = fromBabel(text).statements;
    expect(stmt).toMatchObject({ kind: 'variables', declarations: [{ name: 'url', init: { kind: 'wrap', inner: { kind: 'member', name: 'DATABASE_URL' } } }] });
  });

  it("throws Babel's SyntaxError at the offset where the file stops being TypeScript", () => {
    const text = "export default defineConfig({\n  schema: 'prisma/schema.prisma'\n  migrations: { path: 'm' },\n});\n";
    expect(() => fromBabel(text)).toThrow(expect.objectContaining({ name: 'SyntaxError', loc: expect.objectContaining({ index: text.indexOf('migrations') }) }));
  });
});
