import { commitStatusFor } from '../../ledger-record/src/ledger-result';
import { guardReport } from './__fixtures__/reports';
import { reportAnchor } from './publish-anchor';

const HEAD = { seq: 7, hash: 'a'.repeat(64) };

function ledgerReport(commitStatus: unknown) {
  const report = guardReport('ledger-record', 0);
  report.data = { commitStatus };
  return report;
}

describe('reportAnchor', () => {
  it('takes the anchored head exactly as ledger-record writes it (the guard\'s own commitStatusFor)', () => {
    expect(reportAnchor(ledgerReport(commitStatusFor(HEAD, false, true)))).toEqual({
      ok: true,
      anchor: { status: { state: 'success', description: `ledger head 7:${'a'.repeat(64)}`, context: 'bickford/ledger' }, required: true },
    });
    expect(reportAnchor(guardReport())).toEqual({ ok: true });
  });

  it('refuses anything else a hostile report could ask the publisher to post', () => {
    const good = commitStatusFor(HEAD, false, true);
    const cases: [unknown, RegExp][] = [
      [{ ...good, context: 'ci/required-check' }, /context must be bickford\/ledger/],
      [{ ...good, state: 'pending' }, /state must be success or failure/],
      [{ ...good, description: 'All checks passed, merge now' }, /description must be a ledger head/],
      [{ ...good, description: `ledger head 7:${'a'.repeat(64)} [approve](https://evil.example)` }, /description must be a ledger head/],
      [{ ...good, target_url: 'https://evil.example' }, /exactly context, description, required and state/],
      [{ ...good, required: 'yes' }, /required must be true or false/],
      [[good], /exactly context/],
    ];
    for (const [status, reason] of cases) expect(reportAnchor(ledgerReport(status))).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    const other = guardReport('env-guard', 0);
    other.data = { commitStatus: good };
    expect(reportAnchor(other)).toEqual({ ok: false, reason: expect.stringMatching(/for ledger-record reports only, and this is a env-guard report/) });
  });
});
