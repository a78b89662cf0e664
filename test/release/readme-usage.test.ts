/**
 * The README's usage snippets are what users copy: the workflow must parse, check out full history, install the
 * dependencies and generate the Prisma client before the guards (with npm, pnpm and Yarn variants), and name
 * only actions that exist. And the release workflow gives `id-token: write` to the npm job alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('the README usage workflow', () => {
  const block = yamlBlocks.find((b) => b.startsWith('# .github/workflows/guards.yml'));
  const steps: Step[] = block ? parse(block).jobs.guards.steps : [];
  const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
  const firstGuard = at((s) => Boolean(s.uses?.startsWith('bickford/')));

  it('parses and runs at least one guard', () => {
    expect(block).toBeDefined();
    expect(firstGuard).toBeGreaterThan(0);
  });

  it('checks out the whole history (fetch-depth: 0) before the guards', () => {
    const checkout = at((s) => Boolean(s.uses?.startsWith('actions/checkout@')));
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect(checkout).toBeLessThan(firstGuard);
    expect(steps[checkout].with?.['fetch-depth']).toBe(0);
  });

  it('installs the dependencies and generates the Prisma client before the guards', () => {
    const install = at((s) => /\bnpm ci\b/.test(s.run ?? ''));
    const generate = at((s) => /\bprisma generate\b/.test(s.run ?? ''));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(generate).toBeGreaterThan(install);
    expect(generate).toBeLessThan(firstGuard);
  });

  it('names only actions this repository has, by their mirrors', () => {
    for (const s of steps.filter((x) => x.uses?.startsWith('bickford/'))) {
      const name = s.uses!.replace(/^bickford\//, '').replace(/@.*$/, '');
      expect(fs.existsSync(path.join(ROOT, 'actions', name, 'action.yml'))).toBe(true);
    }
  });

  it('gives the pnpm and Yarn variants of install and generate', () => {
    const variants = yamlBlocks.find((b) => b.includes('pnpm install')) ?? '';
    const runs: string[] = (parse(variants) as Step[]).map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining([expect.stringMatching(/pnpm install --frozen-lockfile/), expect.stringMatching(/pnpm exec prisma generate/), expect.stringMatching(/yarn install --immutable/), expect.stringMatching(/yarn prisma generate/)]));
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));

  it('lets only the npm job mint an OIDC token, after the job that checks the dists', () => {
    const withIdToken = Object.entries(workflow.jobs as Record<string, { permissions?: Record<string, string> }>).filter(([, j]) => j.permissions?.['id-token'] === 'write').map(([n]) => n);
    expect(withIdToken).toEqual(['npm']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.npm.needs).toBe('release');
    expect(workflow.jobs.release.steps.map((s: Step) => s.run ?? '')).toContain('node scripts/build.mjs --check');
  });

  it('publishes the tag that started it, through the release script', () => {
    const run = workflow.jobs.npm.steps.map((s: Step) => s.run ?? '').join('\n');
    expect(run).toContain('node scripts/release.mjs "${VERSION#v}" --npm');
    expect(workflow.jobs.npm.steps.find((s: Step & { env?: Record<string, string> }) => s.env?.VERSION)?.env?.VERSION).toBe('${{ github.ref_name }}');
  });
});
