import { codeBlock, escapeCommandData, escapeCommandProperty, escapeMarkdown, inlineCode } from './escape';

describe('escapeCommandProperty', () => {
  it('encodes the characters the runner splits on', () => {
    expect(escapeCommandProperty('a%b,c:d\r\ne')).toBe('a%25b%2Cc%3Ad%0D%0Ae');
    expect(escapeCommandData('50%,:\n')).toBe('50%25,:%0A');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises HTML, links, mentions and table pipes', () => {
    const out = escapeMarkdown('<img onerror=x> [a](javascript:x) @org/team | <!-- c -->');
    expect(out).not.toMatch(/<img|<!--|\]\(|(?<!\\)\|/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('@\u200borg');
  });

  it('leaves bare URLs usable', () => {
    expect(escapeMarkdown('see https://example.com/a_b#x now.')).toBe('see https://example.com/a_b#x now\\.');
  });
});

describe('inlineCode and codeBlock', () => {
  it('choose fences longer than any run inside the text', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(codeBlock('```\nx\n```', 'sql').startsWith('````sql\n')).toBe(true);
  });
});
