import { compileEnvList, isWildcard } from '../src/engine/env-patterns';

describe('compileEnvList', () => {
  it.each([
    [['API_URL'], 'API_URL', true],
    [['API_URL'], 'API_URL_2', false],
    [['NEXT_PUBLIC_*'], 'NEXT_PUBLIC_SITE', true],
    [['NEXT_PUBLIC_*'], 'NEXT_PUBLICX', false],
    [['*_KEY'], 'STRIPE_KEY', true],
    [['STRIPE_*', '!STRIPE_TEST_*'], 'STRIPE_TEST_KEY', false],
    [['STRIPE_*', '!STRIPE_TEST_*'], 'STRIPE_LIVE_KEY', true],
    [['A.B'], 'AXB', false],
    [['LITERAL\\*'], 'LITERAL*', true],
    [['LITERAL\\*'], 'LITERALX', false],
    [['!ONLY_NEGATION'], 'ANYTHING', false],
    [['$TURBO_EXTENDS$', 'X'], 'X', true],
  ])('%j matches %s: %s', (patterns, name, expected) => {
    expect(compileEnvList(patterns).matches(name)).toBe(expected);
  });
});

describe('isWildcard', () => {
  it('tells a wildcard from a literal star', () => {
    expect(isWildcard('NEXT_PUBLIC_*')).toBe(true);
    expect(isWildcard('LITERAL\\*')).toBe(false);
  });
});
