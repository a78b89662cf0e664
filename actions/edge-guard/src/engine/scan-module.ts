import ts from 'typescript';

// typescript's CommonJS bundle exposes every export through a getter: read the enum once, not per node.
const SyntaxKind = ts.SyntaxKind;
const { forEachChild, isTypeNode, isExpressionWithTypeArguments } = ts;
import { edgeConditionValue } from './edge-condition';
import { isErasedDeclaration, isNameNotReference } from './reference-position';
import { shadowedNames } from './scopes';
import type { ClientConnection, ImportSite, ModuleFacts, ValueBinding } from './types';

export interface ScanOptions {
  /** `verbatimModuleSyntax` in the file's tsconfig. */
  verbatim: boolean;
  /** Keep imports as written under `verbatim`, as tsc and Turbopack do; Next 15's webpack SWC does not (the default here). */
  honourVerbatim?: boolean;
}

const EDGE_SAFE_CLIENT_OPTIONS = new Set(['adapter', 'accelerateUrl']);

/** Languages TypeScript elides imports in; JavaScript keeps every import, as written. */
function scriptKindOf(file: string): ts.ScriptKind {
  if (/\.(c|m)?tsx?$/.test(file)) return file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return file.endsWith('x') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

interface PendingImport {
  site: ImportSite;
  /** Bindings still to be checked for a value use once the whole file is walked. */
  bindings: ValueBinding[];
  /** Elided when no binding is a value use (TypeScript's import elision). */
  elidable: boolean;
}

/**
 * Parses one file (no program, no type checker) and extracts what runs: imports that survive TypeScript's
 * import elision, `import()`/`require()` outside folded NEXT_RUNTIME branches, dynamic code, PrismaClient
 * constructions, module-level calls and the segment config.
 */
export function scanModule(file: string, text: string, options: ScanOptions): ModuleFacts {
  const kind = scriptKindOf(file);
  const isTs = kind === ts.ScriptKind.TS || kind === ts.ScriptKind.TSX;
  // JSDoc is never runtime: skipping its parse saves time on documented code (pragmas are read regardless).
  const sf = ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, kind);
  const facts: ModuleFacts = { imports: [], computedImports: [], dynamicCode: [], clientConstructions: [], moduleLevelCalls: [] };
  const diagnostics = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  if (diagnostics && diagnostics.length > 0) {
    facts.parseError = { start: diagnostics[0].start, message: ts.flattenDiagnosticMessageText(diagnostics[0].messageText, ' ') };
  }
  const pending: PendingImport[] = [];
  const valueRefs = new Set<string>();
  const constructs: { callee: string; start: number; end: number; connection: ClientConnection }[] = [];
  // Under `verbatimModuleSyntax: true` tsc and Turbopack keep imports as written; Next 15's webpack build (SWC)
  // elides unused and type-only ones anyway (both seen in the real builds: test/next-oracle case
  // verbatim-unused-import). The caller says which applies (`honourVerbatim`).
  const elide = isTs && !(options.verbatim && options.honourVerbatim);

  const site = (spec: ts.Expression, kindOf: ImportSite['kind'], dead: boolean): ImportSite => ({
    specifier: (spec as ts.StringLiteral).text,
    kind: kindOf,
    start: spec.getStart(sf),
    end: spec.getEnd(),
    erased: false,
    deadOnEdge: dead,
    valueBindings: [],
  });

  // The directive prologue: `'use client'` is where Next's RSC layer hands the module to the SSR layer.
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt) || !ts.isStringLiteral(stmt.expression)) break;
    if (stmt.expression.text === 'use client') facts.useClient = true;
  }
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const clause = stmt.importClause;
      if (!clause) {
        facts.imports.push(site(stmt.moduleSpecifier, 'side-effect', false));
        continue;
      }
      const s = site(stmt.moduleSpecifier, 'import', false);
      if (clause.isTypeOnly) {
        s.erased = true;
        facts.imports.push(s);
        continue;
      }
      const bindings: ValueBinding[] = [];
      if (clause.name) bindings.push({ imported: 'default', local: clause.name.text });
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) bindings.push({ imported: '*', local: nb.name.text });
      if (nb && ts.isNamedImports(nb)) {
        for (const el of nb.elements) if (!el.isTypeOnly) bindings.push({ imported: (el.propertyName ?? el.name).text, local: el.name.text });
      }
      pending.push({ site: s, bindings, elidable: elide });
      facts.imports.push(s);
    } else if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) {
      const expr = stmt.moduleReference.expression;
      if (!ts.isStringLiteral(expr)) continue;
      const s = site(expr, 'import-equals', false);
      if (stmt.isTypeOnly) s.erased = true;
      else pending.push({ site: s, bindings: [{ imported: '*', local: stmt.name.text }], elidable: elide && !hasExport(stmt) });
      facts.imports.push(s);
    } else if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const s = site(stmt.moduleSpecifier, 're-export', false);
      const clause = stmt.exportClause;
      const allTypes = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      s.erased = stmt.isTypeOnly || (elide && allTypes);
      if (clause && ts.isNamedExports(clause)) {
        s.valueBindings = clause.elements.filter((e) => !e.isTypeOnly).map((e) => ({ imported: (e.propertyName ?? e.name).text, local: e.name.text }));
      } else s.valueBindings = [{ imported: '*', local: clause ? clause.name.getText(sf) : '*' }];
      facts.imports.push(s);
    } else if (ts.isVariableStatement(stmt) && hasExport(stmt)) {
      readSegmentConfig(stmt, facts, sf);
    } else if (ts.isExpressionStatement(stmt)) {
      const callee = moduleLevelCallee(stmt.expression);
      if (callee) facts.moduleLevelCalls.push(callee);
    }
  }

  // Names imported here: a local of the same name (a parameter, a catch or loop variable...) shadows them.
  const imported = new Set(pending.flatMap((p) => p.bindings.map((b) => b.local)));
  const shadowing: Set<string>[] = [];
  const visit = (node: ts.Node, parent: ts.Node, dead: boolean): void => {
    const scope = imported.size > 0 ? shadowedNames(node, imported) : undefined;
    if (!scope) return visitNode(node, parent, dead);
    shadowing.push(scope);
    visitNode(node, parent, dead);
    shadowing.pop();
  };
  const visitNode = (node: ts.Node, parent: ts.Node, dead: boolean): void => {
    if (isTypeNode(node) && !isExpressionWithTypeArguments(node)) return;
    if (isErasedDeclaration(node)) return;
    switch (node.kind) {
      case SyntaxKind.ImportDeclaration:
        return;
      case SyntaxKind.ImportEqualsDeclaration:
        if (ts.isExternalModuleReference((node as ts.ImportEqualsDeclaration).moduleReference)) return;
        break;
      case SyntaxKind.ExportDeclaration: {
        const ed = node as ts.ExportDeclaration;
        if (ed.isTypeOnly || ed.moduleSpecifier) return; // re-exports name the other module's bindings
        break;
      }
      case SyntaxKind.ExportSpecifier:
        if ((node as ts.ExportSpecifier).isTypeOnly) return;
        break;
      case SyntaxKind.HeritageClause:
        if ((node as ts.HeritageClause).token === SyntaxKind.ImplementsKeyword) return;
        break;
      case SyntaxKind.Identifier: {
        const name = (node as ts.Identifier).text;
        if (!isNameNotReference(node as ts.Identifier, parent) && !shadowing.some((s) => s.has(name))) valueRefs.add(name);
        return;
      }
      case SyntaxKind.Block: {
        // Code after a statement that always ends the block on the edge is never walked by the bundler: an
        // early `if (process.env.NEXT_RUNTIME !== 'nodejs') return;` drops what follows from the edge bundle,
        // in Next 15's webpack and in Next 16's Turbopack alike (test/next-oracle case instrumentation-early-return).
        // A function declaration there is the exception: it is hoisted, so removing unreachable code keeps it (SWC's
        // and terser's dead-code passes both keep hoisted declarations), and the bundler walks its body.
        let after = dead;
        for (const st of (node as ts.Block).statements) {
          visit(st, node, st.kind === SyntaxKind.FunctionDeclaration ? dead : after);
          if (!after && endsOnEdge(st)) after = true;
        }
        return;
      }
      case SyntaxKind.IfStatement: {
        const n = node as ts.IfStatement;
        const v = edgeConditionValue(n.expression);
        visit(n.expression, n, dead);
        visit(n.thenStatement, n, dead || v === false);
        if (n.elseStatement) visit(n.elseStatement, n, dead || v === true);
        return;
      }
      case SyntaxKind.ConditionalExpression: {
        const n = node as ts.ConditionalExpression;
        const v = edgeConditionValue(n.condition);
        visit(n.condition, n, dead);
        visit(n.whenTrue, n, dead || v === false);
        visit(n.whenFalse, n, dead || v === true);
        return;
      }
      case SyntaxKind.BinaryExpression: {
        const n = node as ts.BinaryExpression;
        const op = n.operatorToken.kind;
        if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken) {
          const v = edgeConditionValue(n.left);
          visit(n.left, n, dead);
          visit(n.right, n, dead || (op === SyntaxKind.AmpersandAmpersandToken ? v === false : v === true));
          return;
        }
        break;
      }
      case SyntaxKind.CallExpression:
        onCall(node as ts.CallExpression, dead);
        break;
      case SyntaxKind.NewExpression:
        onNew(node as ts.NewExpression, dead);
        break;
    }
    forEachChild(node, (child) => visit(child, node, dead));
  };

  const accelerated = new Set<ts.Node>();
  const onCall = (call: ts.CallExpression, dead: boolean): void => {
    const callee = call.expression;
    // `new PrismaClient().$extends(withAccelerate())`: the extension replaces the engine.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === '$extends' && ts.isNewExpression(callee.expression)) {
      if (call.arguments.some((a) => /accelerate/i.test(a.getText(sf)))) accelerated.add(callee.expression);
    }
    const arg = call.arguments[0];
    const isImport = callee.kind === SyntaxKind.ImportKeyword;
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require' && call.arguments.length === 1;
    if (isImport || isRequire) {
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
        facts.imports.push(site(arg, isImport ? 'dynamic-import' : 'require', dead));
      } else if (arg && !dead) {
        facts.computedImports.push({ start: call.getStart(sf), end: call.getEnd(), text: call.getText(sf).slice(0, 120) });
      }
      return;
    }
    if (dead) return;
    const name = ts.isIdentifier(callee) ? callee.text : globalEval(callee);
    if (name === 'eval' || name === 'Function') facts.dynamicCode.push({ start: call.getStart(sf), end: call.getEnd(), what: `${name}()` });
  };

  const onNew = (expr: ts.NewExpression, dead: boolean): void => {
    if (dead) return;
    const callee = expr.expression;
    if (ts.isIdentifier(callee) && callee.text === 'Function') {
      facts.dynamicCode.push({ start: expr.getStart(sf), end: expr.getEnd(), what: 'new Function()' });
      return;
    }
    const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (!calleeName) return;
    constructs.push({ callee: ts.isIdentifier(callee) ? calleeName : `.${calleeName}`, start: expr.getStart(sf), end: expr.getEnd(), connection: accelerated.has(expr) ? 'accelerate' : connectionOf(expr, sf) });
  };

  for (const stmt of sf.statements) visit(stmt, sf, false);

  for (const p of pending) {
    p.site.valueBindings = p.bindings.filter((b) => valueRefs.has(b.local));
    if (p.elidable && p.site.valueBindings.length === 0) p.site.erased = true;
  }
  facts.clientConstructions = constructs
    .filter((c) => isPrismaClientCallee(c.callee, pending))
    .map(({ callee, start, end, connection }) => ({ start, end, connection: connection === 'engine' && fromEdgeClient(callee, pending) ? 'accelerate' : connection }));
  return facts;
}

/**
 * `@prisma/client/edge` (or a generated client's `/edge` entry) is Prisma's edge build: it connects through
 * Accelerate (a `prisma://` URL) or a driver adapter, never through the Node engine.
 */
export function isEdgeClientSpecifier(spec: string): boolean {
  return /^@prisma\/client\/edge(\.js)?$/.test(spec) || /(^|\/)(\.prisma\/client|client|generated[^'"]*|prisma)\/edge(\.(c|m)?js|\.ts)?$/.test(spec);
}

function fromEdgeClient(callee: string, pending: PendingImport[]): boolean {
  const edge = pending.filter((p) => isEdgeClientSpecifier(p.site.specifier));
  // `new db.PrismaClient()`: the namespace's local name is not kept, so any namespace or default import of the edge client counts.
  if (callee.startsWith('.')) return edge.some((p) => p.bindings.some((b) => b.imported === '*' || b.imported === 'default'));
  return edge.some((p) => p.bindings.some((b) => b.local === callee));
}

/** True when the statement always returns or throws on the edge (NEXT_RUNTIME folded as the bundler folds it). */
function endsOnEdge(st: ts.Statement): boolean {
  if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) return true;
  if (ts.isBlock(st)) return st.statements.some(endsOnEdge);
  if (ts.isIfStatement(st)) {
    const v = edgeConditionValue(st.expression);
    if (v === true) return endsOnEdge(st.thenStatement);
    if (v === false) return st.elseStatement !== undefined && endsOnEdge(st.elseStatement);
    return st.elseStatement !== undefined && endsOnEdge(st.thenStatement) && endsOnEdge(st.elseStatement);
  }
  return false;
}

/** `new PrismaClient()`, `new db.PrismaClient()`, or a local alias of an imported `PrismaClient`. */
function isPrismaClientCallee(callee: string, pending: PendingImport[]): boolean {
  if (callee === 'PrismaClient' || callee === '.PrismaClient') return true;
  return pending.some((p) => p.bindings.some((b) => b.local === callee && b.imported === 'PrismaClient'));
}

/** Only an adapter or Accelerate reaches the database without the Node query engine. */
function connectionOf(expr: ts.NewExpression, sf: ts.SourceFile): ClientConnection {
  const arg = expr.arguments?.[0];
  if (!arg) return 'engine';
  if (!ts.isObjectLiteralExpression(arg)) return 'unknown';
  for (const prop of arg.properties) {
    if (ts.isSpreadAssignment(prop)) return 'unknown';
    const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
    if (name && EDGE_SAFE_CLIENT_OPTIONS.has(name)) return name === 'adapter' ? 'adapter' : 'accelerate';
    // `datasourceUrl: 'prisma://…'` or `datasources: { db: { url: 'prisma://…' } }`: Accelerate, over HTTP.
    if (name === 'datasourceUrl' && ts.isPropertyAssignment(prop) && isAccelerateUrl(prop.initializer, sf)) return 'accelerate';
    if (name === 'datasources' && ts.isPropertyAssignment(prop) && /['"`]prisma(\+postgres)?:\/\//.test(prop.initializer.getText(sf))) return 'accelerate';
  }
  return 'engine';
}

function isAccelerateUrl(e: ts.Expression, sf: ts.SourceFile): boolean {
  return (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) && /^['"`]prisma(\+postgres)?:\/\//.test(e.getText(sf));
}

function globalEval(callee: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;
  return ['globalThis', 'window', 'self', 'global'].includes(callee.expression.text) ? callee.name.text : undefined;
}

function moduleLevelCallee(expr: ts.Expression): string | undefined {
  while (ts.isAwaitExpression(expr) || ts.isVoidExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (!ts.isCallExpression(expr)) return undefined;
  const c = expr.expression;
  return ts.isIdentifier(c) ? c.text : ts.isPropertyAccessExpression(c) ? c.name.text : undefined;
}

function hasExport(node: ts.Node): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return mods?.some((m) => m.kind === SyntaxKind.ExportKeyword) ?? false;
}

function readSegmentConfig(stmt: ts.VariableStatement, facts: ModuleFacts, sf: ts.SourceFile): void {
  for (const decl of stmt.declarationList.declarations) {
    if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
    let init: ts.Expression = decl.initializer;
    while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
    if (decl.name.text === 'runtime' && ts.isStringLiteralLike(init)) {
      facts.runtimeExport = init.text;
      facts.runtimeExportAt = { start: init.getStart(sf), end: init.getEnd() };
    }
    if (decl.name.text === 'config' && ts.isObjectLiteralExpression(init)) {
      for (const p of init.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'runtime' && ts.isStringLiteralLike(p.initializer)) facts.configRuntime = p.initializer.text;
      }
    }
  }
}
