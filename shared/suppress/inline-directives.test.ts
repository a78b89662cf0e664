import { commentLanguage, inlineDirectives } from './inline-directives';

describe('inlineDirectives', () => {
  it('covers the next line in scripts, with the rules and the reason', () => {
    const text = "const a = 1;\n  // bickford-ignore-next-line env-undeclared-read, env-dynamic-read: set by the platform\nconst b = process.env.X;\n";
    expect(inlineDirectives('script', text)).toEqual([
      { rules: ['env-undeclared-read', 'env-dynamic-read'], reason: 'set by the platform', line: 2, column: 6, from: 3, to: 3, source: '// bickford-ignore-next-line env-undeclared-read, env-dynamic-read: set by the platform' },
    ]);
  });

  it('keeps a missing reason as empty, for the caller to report', () => {
    expect(inlineDirectives('script', '// bickford-ignore-next-line edge-eval\neval(x);\n')[0]).toMatchObject({ rules: ['edge-eval'], reason: '' });
  });

  it('covers the block a Prisma comment stands over, skipping blank and comment lines, braces in strings ignored', () => {
    const text = ['// bickford-ignore prisma-schema-warning: legacy table', '', '// owned by billing', 'model Invoice {', '  note String @default("{")', '  id Int @id', '}', 'model Next {', '}'].join('\n');
    expect(inlineDirectives('prisma', text)).toMatchObject([{ rules: ['prisma-schema-warning'], reason: 'legacy table', line: 1, from: 4, to: 7 }]);
  });

  it('covers only the next line in Prisma when that line opens no block, and leaves /// documentation alone', () => {
    const text = 'model A {\n  // bickford-ignore prisma-schema-warning: why\n  id Int @id\n  /// bickford-ignore prisma-schema-warning: docs\n  b Int\n}\n';
    expect(inlineDirectives('prisma', text)).toMatchObject([{ line: 2, from: 3, to: 3 }]);
  });

  it('knows which files use which syntax', () => {
    expect(['a.ts', 'b.tsx', 'c.mjs', 'd.cjs', 'schema.prisma', 'm.sql', 'turbo.json'].map(commentLanguage)).toEqual(['script', 'script', 'script', 'script', 'prisma', undefined, undefined]);
  });
});
