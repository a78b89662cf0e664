import ts from 'typescript';

// typescript's CommonJS bundle exposes every export through a getter: read the enum once, not per node.
const SyntaxKind = ts.SyntaxKind;

/**
 * Names a node declares for the code inside it, restricted to `watched` (the file's imported names): a
 * parameter, a `catch` variable, a loop variable, a block's let/const/var/class/function, a named function or
 * class expression's own name. A reference under such a scope is to the local, not to the import, so it keeps
 * no import alive (as TypeScript's checker and SWC's resolver decide). `var` is taken as scoped to its block:
 * a use after the block then still counts as the import's, which can only keep an import, never drop one.
 * Returns undefined when the node declares none of the watched names (the common case: no scope is pushed).
 */
export function shadowedNames(node: ts.Node, watched: ReadonlySet<string>): Set<string> | undefined {
  let out: Set<string> | undefined;
  const add = (name: ts.BindingName | ts.Identifier | undefined) => {
    if (!name) return;
    if (ts.isIdentifier(name)) {
      if (watched.has(name.text)) (out ??= new Set()).add(name.text);
      return;
    }
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) add(el.name);
  };
  const addDeclarations = (list: ts.VariableDeclarationList) => {
    for (const d of list.declarations) add(d.name);
  };
  switch (node.kind) {
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.Constructor:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor: {
      const fn = node as ts.FunctionLikeDeclaration;
      for (const p of fn.parameters) add(p.name);
      if (ts.isFunctionExpression(node)) add(node.name);
      break;
    }
    case SyntaxKind.ClassExpression:
      add((node as ts.ClassExpression).name);
      break;
    case SyntaxKind.CatchClause:
      add((node as ts.CatchClause).variableDeclaration?.name);
      break;
    case SyntaxKind.ForStatement:
    case SyntaxKind.ForInStatement:
    case SyntaxKind.ForOfStatement: {
      const init = (node as ts.ForStatement | ts.ForInStatement | ts.ForOfStatement).initializer;
      if (init && ts.isVariableDeclarationList(init)) addDeclarations(init);
      break;
    }
    case SyntaxKind.Block:
    case SyntaxKind.CaseBlock:
    case SyntaxKind.ModuleBlock: {
      const statements = ts.isCaseBlock(node) ? node.clauses.flatMap((c) => [...c.statements]) : (node as ts.Block).statements;
      for (const s of statements) {
        if (ts.isVariableStatement(s)) addDeclarations(s.declarationList);
        else if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) add(s.name);
      }
      break;
    }
  }
  return out;
}
