import type { Discovery } from './discover';
import type { Pin } from './pins';

// Third-party actions by full commit SHA, as this repository's own workflows and README pin them.
const CHECKOUT = 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0';
const SETUP_NODE = 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0';

/**
 * `.github/workflows/bickford.yml`: one job that checks out the full history (the pull request's base is needed
 * for what it changes and for edited migrations), installs from the lockfile, generates the Prisma client where
 * it is not committed, and runs each guard. No permission at the top; the job asks for what the guards use: to
 * read the code, write the sticky comment and the check run. After the first guard, each runs even when an
 * earlier one failed, so one red step does not hide the others' findings.
 */
export function renderWorkflow(d: Discovery, guards: readonly string[], pins: Record<string, Pin>): string {
  const pm = d.packageManager;
  const out = [
    '# Written by `bickford init`. Bickford\'s guards on every pull request and on pushes to the default branch;',
    '# existing findings are accepted in .bickford/baseline.json, so a pull request fails only on what it adds.',
    'name: bickford',
    'on:',
    '  pull_request:',
    '  push:',
    `    branches: [${d.defaultBranch}]`,
    'permissions: {}',
    'concurrency:',
    '  group: bickford-${{ github.ref }}',
    '  cancel-in-progress: true',
    'jobs:',
    '  guards:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read        # the checkout',
    '      pull-requests: write  # the sticky comment on the pull request',
    '      checks: write         # the check run with every annotation',
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    '        with:',
    '          fetch-depth: 0            # the base commit: what the pull request changes, edited migrations',
    '          persist-credentials: false',
    `      - uses: ${SETUP_NODE}`,
    '        with:',
    '          node-version: 24',
    ...(pm.cache && pm.lockfile ? [`          cache: ${pm.cache}`] : []),
    ...(pm.name === 'bun' ? ['      - uses: oven-sh/setup-bun@v2 # pin by SHA: the commit of the release you use'] : []),
    '      # The guards read what is installed: the Prisma version, the generated client, imports into node_modules.',
    `      - run: ${pm.install}${pm.lockfile ? '' : '   # no lockfile found: commit one, and this becomes a frozen install'}`,
  ];
  for (const p of d.projects.filter((x) => !x.clientCommitted)) {
    out.push(`      - name: prisma generate (${p.schemaPath})`, `        run: ${pm.exec} prisma generate`);
    if (p.packageDir !== '.') out.push(`        working-directory: ${p.packageDir}`);
  }
  guards.forEach((g, i) => {
    out.push(`      - id: ${g}`);
    if (i > 0) out.push('        if: ${{ !cancelled() }}');
    out.push(`        uses: bickford/${g}@${pins[g].ref} # ${pins[g].comment}`);
  });
  return `${out.join('\n')}\n`;
}
