import ts from 'typescript';

// typescript's CommonJS bundle exposes every export through a getter: read the enum once, not per node.
const SyntaxKind = ts.SyntaxKind;

/**
 * True when an identifier names something rather than refers to a binding: a property name after a dot,
 * a declared name, a label. Shadowing locals are scopes.ts's business.
 */
export function isNameNotReference(node: ts.Identifier, parent: ts.Node): boolean {
  switch (parent.kind) {
    case SyntaxKind.PropertyAccessExpression:
      return (parent as ts.PropertyAccessExpression).name === node;
    case SyntaxKind.QualifiedName:
      return (parent as ts.QualifiedName).right === node;
    case SyntaxKind.BindingElement: {
      const b = parent as ts.BindingElement;
      return b.name === node || b.propertyName === node;
    }
    case SyntaxKind.LabeledStatement:
    case SyntaxKind.BreakStatement:
    case SyntaxKind.ContinueStatement:
    case SyntaxKind.MetaProperty:
    case SyntaxKind.JsxAttribute:
    case SyntaxKind.NamespaceExport:
      return true;
    case SyntaxKind.PropertyAssignment:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.PropertyDeclaration:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor:
    case SyntaxKind.EnumMember:
    case SyntaxKind.VariableDeclaration:
    case SyntaxKind.Parameter:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.ClassExpression:
    case SyntaxKind.EnumDeclaration:
    case SyntaxKind.ModuleDeclaration:
    case SyntaxKind.ImportEqualsDeclaration:
      return (parent as ts.NamedDeclaration).name === node;
    case SyntaxKind.ExportSpecifier:
      // `export { a as b }`: `a` is the reference, `b` the exported name.
      return (parent as ts.ExportSpecifier).propertyName !== undefined && (parent as ts.ExportSpecifier).name === node;
    default:
      return false;
  }
}

/** Declarations that emit nothing: their whole subtree is types. */
export function isErasedDeclaration(node: ts.Node): boolean {
  switch (node.kind) {
    case SyntaxKind.InterfaceDeclaration:
    case SyntaxKind.TypeAliasDeclaration:
      return true;
    case SyntaxKind.ModuleDeclaration:
    case SyntaxKind.VariableStatement:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.EnumDeclaration:
      return hasDeclareModifier(node);
    default:
      return false;
  }
}

function hasDeclareModifier(node: ts.Node): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return mods?.some((m) => m.kind === SyntaxKind.DeclareKeyword) ?? false;
}
