/**
 * The sticky comment's size, counted as GitHub counts it. GitHub stores at most 262,144 bytes of UTF-8 and
 * refuses more with "maximum is 65536 characters"; the comment is held to 65,536 code points, which fits both
 * whatever the script (shared/reporters/limits.ts has the measurements). Emoji are 2 UTF-16 units and 4 bytes,
 * CJK 1 unit and 3 bytes: each count gives a different cut, and only code points are right for both.
 */
import { createFinding } from '../../shared/findings/finding';
import type { GuardResult } from '../../shared/findings/result';
import { codePoints, LIMITS, truncateCodePoints } from '../../shared/reporters/limits';
import { reportComment } from '../../shared/reporters/markdown';

const verdict = { failed: true, failOn: 'error' as const, reason: 'errors' };
const options = { verdict, version: 't', fullReportUrl: 'https://github.example/run/1' };
const EMOJI = '🚨';
const CJK = '表';

function withMessages(messages: string[]): GuardResult {
  const findings = messages.map((message, i) => createFinding({ ruleId: 'ban-drop-table', severity: 'error', message, location: { file: `m/${i}.sql`, line: 1, column: 1 } }));
  return { guard: 'migration-score', findings, outputs: {}, headline: `${messages.length} findings` };
}

const comment = (messages: string[]) => reportComment(withMessages(messages), options).output;

describe("the sticky comment at GitHub's limit", () => {
  it.each([
    ['emoji (4 bytes, 2 UTF-16 units each)', EMOJI],
    ['CJK (3 bytes, 1 UTF-16 unit each)', CJK],
  ])('keeps a comment of exactly 65,536 code points of %s whole, and cuts one more', (_name, char) => {
    const overhead = codePoints(comment(['']));
    const exact = comment([char.repeat(LIMITS.commentCodePoints - overhead)]);
    expect(codePoints(exact)).toBe(LIMITS.commentCodePoints);
    expect(Buffer.byteLength(exact)).toBeLessThanOrEqual(LIMITS.commentBytes);
    expect(exact).not.toMatch(/not shown here/);
    expect(exact).toContain(char.repeat(LIMITS.commentCodePoints - overhead));

    const over = comment([char.repeat(LIMITS.commentCodePoints - overhead + 1)]);
    expect(codePoints(over)).toBeLessThanOrEqual(LIMITS.commentCodePoints);
    expect(over).toMatch(/_1 more finding\(s\) not shown here\._ \[The full report\]\(https:\/\/github\.example\/run\/1\)/);
    expect(over).not.toContain(char.repeat(100));
  });

  it('fills the room with emoji rows that a UTF-16 count would have cut at half, within the byte limit', () => {
    const out = comment(Array.from({ length: 2000 }, (_, i) => `${EMOJI.repeat(100)} ${i}`));
    expect(codePoints(out)).toBeLessThanOrEqual(LIMITS.commentCodePoints);
    // More than one more row's worth would have fitted: the cut is at the limit, not well before it.
    expect(codePoints(out)).toBeGreaterThan(LIMITS.commentCodePoints - 200);
    expect(out.length).toBeGreaterThan(LIMITS.commentCodePoints);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(LIMITS.commentBytes);
    expect(out).toMatch(/_\d+ more finding\(s\) not shown here\._/);
  });

  it('keeps CJK rows past 65,536 bytes, which a 65,536-byte count would have refused', () => {
    const out = comment(Array.from({ length: 2000 }, (_, i) => `${CJK.repeat(100)} ${i}`));
    expect(codePoints(out)).toBeLessThanOrEqual(LIMITS.commentCodePoints);
    expect(codePoints(out)).toBeGreaterThan(LIMITS.commentCodePoints - 200);
    expect(Buffer.byteLength(out)).toBeGreaterThan(65_536);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(LIMITS.commentBytes);
  });

  it('cuts a headline too long for any comment at a code point, never half an emoji', () => {
    const result = { ...withMessages(['x']), headline: EMOJI.repeat(70_000) };
    const out = reportComment(result, options).output;
    expect(codePoints(out)).toBeLessThanOrEqual(LIMITS.commentCodePoints);
    expect(out.startsWith('<!-- bickford:migration-score -->')).toBe(true);
    expect(out.replace(/\n$/, '')).toMatch(/🚨$/u);
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
  });
});

describe('codePoints and truncateCodePoints', () => {
  it('count a surrogate pair once and never split one', () => {
    expect(codePoints(`a${EMOJI}${CJK}`)).toBe(3);
    expect(codePoints('\ud83d')).toBe(1);
    expect(truncateCodePoints(`${EMOJI}${EMOJI}`, 1)).toBe(EMOJI);
    expect(truncateCodePoints(`a${EMOJI}b`, 2)).toBe(`a${EMOJI}`);
  });
});
