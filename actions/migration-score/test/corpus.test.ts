import * as path from 'node:path';
import { activeFindings, type Finding } from '@shared/findings/finding';
import { scoreMigrations } from '../src/engine/score-migrations';
import { engineContext, inputs } from '../src/testing/engine-context';

/**
 * A real public Prisma history (umami, MIT: see test/fixtures/umami/SOURCE.md), scored as a team would see it.
 * Every denial below was read in its migration and judged; a change in any count is a change in what
 * users see, and must be judged again.
 */
const ROOT = path.join(__dirname, '../../../test/fixtures/umami');
const where = (f: Finding) => `${path.basename(path.dirname(f.location!.file))}:${f.location!.line}`;

function countByRule(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

describe('umami prisma/migrations, every migration as its own deploy (all: true)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = activeFindings((await scoreMigrations(inputs({ all: true }), engineContext(ROOT))).findings);
  });

  it('denies exactly the judged regressive operations', () => {
    const denials = findings.filter((f) => f.severity === 'error' && f.ruleId !== 'risk-threshold').map((f) => `${f.ruleId} ${where(f)}`);
    expect(denials.sort()).toEqual(
      [
        // 02: five RENAME COLUMNs on event_data (event_data_type → data_type, ...): deployed code selects the old names.
        'ban-rename-column 02_report_schema_session_data:2',
        'ban-rename-column 02_report_schema_session_data:3',
        'ban-rename-column 02_report_schema_session_data:4',
        'ban-rename-column 02_report_schema_session_data:5',
        'ban-rename-column 02_report_schema_session_data:6',
        // 04: DROP TABLE team_website (Prisma's own warning says its data is lost; the data was not moved).
        'ban-drop-table 04_team_redesign:23',
        // 05: ADD COLUMN visit_id NULL, UPDATE backfill, SET NOT NULL: a required column in three steps; inserts
        // from code deployed before it (which does not write visit_id) fail. Reported at the SET NOT NULL line.
        'ban-add-required-column 05_add_visit_id:16',
        // 06: RENAME COLUMN event_key → data_key and session_key → data_key, DROP COLUMN deleted_at of session_data.
        'ban-rename-column 06_session_data:5',
        'ban-drop-column 06_session_data:8',
        'ban-rename-column 06_session_data:9',
        // 09: subdivision1 renamed to region; subdivision2 and hostname dropped from session (hostname was copied
        // to website_event first, but code deployed before still selects session.hostname).
        'ban-rename-column 09_update_hostname_region:16',
        'ban-drop-column 09_update_hostname_region:17',
        'ban-drop-column 09_update_hostname_region:18',
        // 12: parameters varchar → JSONB USING: every row of report rewritten under ACCESS EXCLUSIVE.
        'ban-column-type-change 12_update_report_parameter:3',
        // 14: three varchar(n) shrunk (200 → 50, 100 → 10, 200 → 50): each scans and rewrites, and fails on longer values.
        'ban-column-type-change 14_add_link_and_pixel:2',
        'ban-column-type-change 14_add_link_and_pixel:5',
        'ban-column-type-change 14_add_link_and_pixel:8',
        // 15: website.share_id dropped after its rows were copied into the new share table: still a contract break for deployed code.
        'ban-drop-column 15_add_share:40',
        // 19: board.slug dropped.
        'ban-drop-column 19_add_session_replay:4',
      ].sort(),
    );
  });

  it('pins every finding per rule, warnings and notices included', () => {
    expect(countByRule(findings)).toEqual({
      'ban-add-required-column': 1,
      'ban-column-type-change': 4,
      'ban-drop-column': 5,
      'ban-drop-table': 1,
      'ban-rename-column': 8,
      // 01 creates everything; 18 migrations after it lock an existing table without lock_timeout: one notice for the run.
      'require-lock-timeout': 1,
      'require-concurrent-index-creation': 27,
      'require-concurrent-index-deletion': 17,
      'risk-threshold': 9,
    });
  });

  it("attaches Prisma's warning to the DROP TABLE it describes, and to nothing else", () => {
    const warned = findings.filter((f) => f.properties?.prismaWarning).map((f) => `${f.ruleId} ${where(f)}`);
    expect(warned).toEqual(['ban-drop-table 04_team_redesign:23']);
  });
});

describe('umami prisma/migrations, the last three as a pull request on the 16 before them', () => {
  it("judges them against the base's full history", async () => {
    const dir = 'prisma/migrations';
    const prFiles = ['17_remove_duplicate_key', '18_add_performance', '19_add_session_replay'].map((m) => ({ path: `${dir}/${m}/migration.sql`, status: 'added' as const }));
    const result = await scoreMigrations(inputs(), engineContext(ROOT, { changed: prFiles }));
    const active = activeFindings(result.findings);
    // 17 drops ten duplicate unique indexes (non-concurrently), 19 drops board.slug: board was created in 16, on the base.
    expect(active.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${where(f)}`).sort()).toEqual(
      ['ban-drop-column 19_add_session_replay:4', 'risk-threshold 17_remove_duplicate_key:2', 'risk-threshold 19_add_session_replay:2'].sort(),
    );
    expect(result.outputs.migrations).toBe('3');
  });
});
