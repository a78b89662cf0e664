import type { Suppression } from '@shared/findings/finding';

/** The eslint-plugin-turbo rule env-guard's env-undeclared-read stands in for. */
export const TURBO_RULE = 'turbo/no-undeclared-env-vars';

interface Directive {
  kind: 'next-line' | 'line' | 'disable' | 'enable';
  line: number;
  /** Rules named; empty means every rule, as eslint reads a bare directive. */
  rules: string[];
  reason: string;
}

// `// eslint-disable-next-line a, b -- why`, `/* eslint-disable a */`, `/* eslint-enable */`, `// eslint-disable-line`.
const DIRECTIVE = /(?:\/\/|\/\*)\s*eslint-(disable-next-line|disable-line|disable|enable)(?=\s|\*\/|$)([^\n]*?)(?:\*\/|$)/gm;

/**
 * eslint's inline configuration comments, as they apply to turbo/no-undeclared-env-vars
 * (https://eslint.org/docs/latest/use/configure/rules#using-configuration-comments-1): a repository that
 * already silenced the plugin at a read gets the same silence here, with its reason. Line comments
 * (`//`) may not span lines; block ones are read on the line they start.
 */
export function eslintSuppressions(text: string): (line: number) => Suppression | undefined {
  if (!text.includes('eslint-')) return () => undefined;
  const directives: Directive[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const m of text.matchAll(DIRECTIVE)) {
    const [body, reason = ''] = m[2].split(/\s--\s?/, 2);
    const rules = body.split(',').map((r) => r.trim()).filter(Boolean);
    const kind = m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : (m[1] as 'disable' | 'enable');
    directives.push({ kind, line: lineOf(m.index), rules, reason: reason.trim() });
  }
  const covers = (d: Directive) => d.rules.length === 0 || d.rules.includes(TURBO_RULE);
  return (line) => {
    let hit: Directive | undefined;
    for (const d of directives) {
      if (!covers(d)) continue;
      if ((d.kind === 'next-line' && d.line + 1 === line) || (d.kind === 'line' && d.line === line)) hit = d;
      else if (d.kind === 'disable' && d.line <= line) hit = d;
      else if (d.kind === 'enable' && d.line <= line && hit?.kind === 'disable') hit = undefined;
    }
    if (!hit) return undefined;
    const written = `eslint-disable${hit.kind === 'disable' ? '' : `-${hit.kind}`} ${hit.rules.join(', ') || '(every rule)'}`;
    return { kind: 'ignore', reason: hit.reason ? `${hit.reason} (${written})` : written, location: { file: '', line: hit.line, column: 1 } };
  };
}
