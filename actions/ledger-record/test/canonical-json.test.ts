import { canonicalJson, CanonicalJsonError } from '../src/ledger/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units, as the RFC 8785 example does', () => {
    // RFC 8785 §3.2.3: the property names of the sorting example, in the order the RFC prints them.
    const input = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    const text = canonicalJson(input);
    // Object.keys would put "1" first whatever the text says, so read the order off the text.
    const order = ['Carriage Return', 'One', 'Control', 'Latin Small', 'Euro Sign', 'Emoji', 'Hebrew'].map((v) => text.indexOf(v));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });

  it('writes numbers in the ECMAScript form RFC 8785 requires', () => {
    const cases: [number, string][] = [
      [0, '0'], [-0, '0'], [1e-7, '1e-7'], [0.000001, '0.000001'], [333333333.33333329, '333333333.3333333'],
      [4.5, '4.5'], [2e-3, '0.002'], [-1.5e-10, '-1.5e-10'], [9007199254740991, '9007199254740991'], [5e-324, '5e-324'],
    ];
    for (const [n, text] of cases) expect(canonicalJson([n])).toBe(`[${text}]`);
  });

  it('matches the RFC 8785 serialisation example byte for byte (without 1e30, refused as beyond 2^53)', () => {
    const input = { numbers: [333333333.33333329, 4.5, 2e-3, 0.000000000000000000000000001], string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/', literals: [null, true, false] };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('drops undefined properties and keeps nesting without whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 'x' }], a: undefined } as unknown as Record<string, unknown>)).toBe('{"b":[1,{"c":"x","d":1}]}');
  });

  it('refuses integers beyond 2^53 with the path of the value', () => {
    expect(() => canonicalJson({ build: { size: 2 ** 53 } })).toThrow(/value\.build\.size is 9007199254740992, beyond/);
    expect(() => canonicalJson([-(2 ** 60)])).toThrow(CanonicalJsonError);
  });

  it('refuses \\u0000 in values and keys, and lone surrogates', () => {
    expect(() => canonicalJson({ a: 'x\u0000y' })).toThrow(/\\u0000/);
    expect(() => canonicalJson({ 'k\u0000': 1 })).toThrow(/\\u0000/);
    expect(() => canonicalJson({ a: '\ud800' })).toThrow(/lone surrogate/);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ a: 1n } as unknown as Record<string, unknown>)).toThrow(/bigint/);
  });
});
