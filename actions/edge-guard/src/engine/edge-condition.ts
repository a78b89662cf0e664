import ts from 'typescript';

// typescript's CommonJS bundle exposes every export through a getter: read the enum once, not per node.
const SyntaxKind = ts.SyntaxKind;

/**
 * Evaluates a condition the way Next's bundler does for the edge build, where `process.env.NEXT_RUNTIME`
 * is replaced by the literal 'edge' and dead branches are dropped. Returns undefined when the value
 * depends on anything else, so only branches the bundler really folds are pruned.
 */
export function edgeConditionValue(expr: ts.Expression): boolean | undefined {
  const e = skipParens(expr);
  if (isNextRuntime(e)) return true; // 'edge' is truthy
  if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
    const v = edgeConditionValue(e.operand);
    return v === undefined ? undefined : !v;
  }
  if (!ts.isBinaryExpression(e)) return undefined;
  const op = e.operatorToken.kind;
  if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken) {
    const l = edgeConditionValue(e.left);
    const r = edgeConditionValue(e.right);
    if (op === SyntaxKind.AmpersandAmpersandToken) return l === false || r === false ? false : l === true && r === true ? true : undefined;
    return l === true || r === true ? true : l === false && r === false ? false : undefined;
  }
  const equal = op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.EqualsEqualsToken;
  const notEqual = op === SyntaxKind.ExclamationEqualsEqualsToken || op === SyntaxKind.ExclamationEqualsToken;
  if (!equal && !notEqual) return undefined;
  const left = skipParens(e.left);
  const right = skipParens(e.right);
  const literal = isNextRuntime(left) ? stringValue(right) : isNextRuntime(right) ? stringValue(left) : undefined;
  if (literal === undefined) return undefined;
  return equal ? literal === 'edge' : literal !== 'edge';
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function stringValue(e: ts.Expression): string | undefined {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined;
}

function isNextRuntime(e: ts.Expression): boolean {
  let obj: ts.Expression;
  if (ts.isPropertyAccessExpression(e)) {
    if (e.name.text !== 'NEXT_RUNTIME') return false;
    obj = e.expression;
  } else if (ts.isElementAccessExpression(e) && stringValue(e.argumentExpression) === 'NEXT_RUNTIME') {
    obj = e.expression;
  } else return false;
  return ts.isPropertyAccessExpression(obj) && obj.name.text === 'env' && ts.isIdentifier(obj.expression) && obj.expression.text === 'process';
}
