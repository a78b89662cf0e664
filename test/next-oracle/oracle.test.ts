import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOn } from '../../actions/edge-guard/src/__tests__/engine-context';

// Holds edge-guard's verdict on each oracle case against what the real `next build` said (recorded.json, written
// by `npm run oracle:next`, which rebuilds every case). Next failing, or warning that edge code will not run,
// must be an edge-guard error; a clean build must not be one. Deliberate disagreements are the table in
// actions/edge-guard/README.md ("Next.js as the oracle"): each row must still hold, so a stale row fails too.

interface OracleCase {
  name: string;
  what: string;
  files: Record<string, string>;
  install?: string[];
}
interface Recorded {
  outcome: 'error' | 'warning' | 'clean';
  messages: string[];
  edge: string[];
}
const { CASES } = require('./cases.cjs') as { CASES: OracleCase[] };
const { writeCase } = require('./write-case.cjs') as { writeCase: (c: OracleCase, dir: string, o: { nextVersion: string; repoNodeModules: string; buildArgs?: string[] }) => void };
const { VARIANTS, VARIANT_ARGS, casesOf } = require('./variants.cjs') as {
  VARIANTS: { id: string }[];
  VARIANT_ARGS: Record<string, string[]>;
  casesOf: (v: { id: string }, all: OracleCase[]) => OracleCase[];
};

const ROOT = path.resolve(__dirname, '../..');
const recorded = JSON.parse(fs.readFileSync(path.join(__dirname, 'recorded.json'), 'utf8')) as { variants: Record<string, { next: string; cases: Record<string, Recorded> }> };

interface Disagreement {
  name: string;
  variants: string[];
  next: string;
  edgeGuard: string;
  why: string;
}

/** The table's rows: | case | variants | Next | edge-guard | why |. */
function disagreements(): Disagreement[] {
  const readme = fs.readFileSync(path.join(ROOT, 'actions/edge-guard/README.md'), 'utf8');
  const start = readme.indexOf('## Next.js as the oracle');
  if (start < 0) throw new Error('actions/edge-guard/README.md has no "## Next.js as the oracle" section');
  const end = readme.indexOf('\n## ', start + 1);
  const rows: Disagreement[] = [];
  for (const line of readme.slice(start, end < 0 ? undefined : end).split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, ''));
    if (cells.length !== 5 || cells[0] === 'Case' || /^-+$/.test(cells[0])) continue;
    rows.push({ name: cells[0], variants: cells[1].split(',').map((v) => v.trim()), next: cells[2], edgeGuard: cells[3], why: cells[4] });
  }
  return rows;
}

/** The file Next made an edge function of, by its manifest key. */
function manifestFile(key: string, files: string[]): string | undefined {
  const stem = key === 'middleware' ? 'middleware' : key.endsWith('/page') || key.endsWith('/route') ? `app${key}` : `pages${key}`;
  return files.find((f) => f.replace(/\.(t|j)sx?$/, '') === stem);
}

const TABLE = disagreements();
const runs = Object.entries(recorded.variants).flatMap(([variant, v]) =>
  CASES.filter((c) => v.cases[c.name]).map((c) => ({ variant, next: v.next, c, result: v.cases[c.name] })),
);

describe('edge-guard against the real next build (test/next-oracle/recorded.json)', () => {
  it('has a recorded result for every case in every variant', () => {
    const missing = VARIANTS.flatMap((variant) => casesOf(variant, CASES).filter((c) => !recorded.variants[variant.id]?.cases[c.name]).map((c) => `${variant.id}/${c.name}`));
    expect(missing).toEqual([]);
  });

  it('lists in the disagreements table only cases that exist', () => {
    expect(TABLE.map((d) => d.name).filter((n) => !CASES.some((c) => c.name === n))).toEqual([]);
  });

  it.each(runs.map((r) => [`${r.variant} ${r.c.name}`, r] as const))('%s', async (_label, { variant, next, c, result }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-oracle-'));
    writeCase(c, dir, { nextVersion: next, repoNodeModules: path.join(ROOT, 'node_modules'), buildArgs: VARIANT_ARGS[variant] });
    const r = await runOn(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    const errors = r.findings.filter((f) => f.severity === 'error' && !f.suppressed).map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`);
    const verdict = errors.length > 0 ? 'error' : 'pass';
    const row = TABLE.find((d) => d.name === c.name && (d.variants.includes(variant) || d.variants.includes('all')));
    const said = `Next ${variant} said ${result.outcome}${result.messages.length ? `: ${result.messages.join(' / ')}` : ''}; edge-guard: ${errors.join(', ') || 'no error'}`;
    if (row) {
      expect({ next: result.outcome, edgeGuard: verdict, said }).toEqual({ next: row.next, edgeGuard: row.edgeGuard, said });
    } else {
      expect({ edgeGuard: verdict, said }).toEqual({ edgeGuard: result.outcome === 'clean' ? 'pass' : 'error', said });
    }
    // Every edge function in Next's manifest is an edge-guard entry (layouts and instrumentation are extra there).
    const entryFiles = (r.data!.entries as { file: string }[]).map((e) => e.file);
    const missing = result.edge.filter((k) => !manifestFile(k, entryFiles));
    expect({ missing, entries: entryFiles }).toEqual({ missing: [], entries: entryFiles });
    const extra = (r.data!.entries as { file: string; kind: string }[])
      .filter((e) => e.kind === 'middleware' || e.kind === 'pages-route' || /\/(page|route)\.[a-z]+$/.test(e.file))
      .filter((e) => result.outcome !== 'error' && !result.edge.some((k) => manifestFile(k, [e.file])));
    expect(extra).toEqual([]);
  });
});
