/**
 * The layering that lets the CLI and tests run the same engines as the actions. Checked by
 * test/architecture.test.ts on every CI run. Each rule says why it exists.
 */
module.exports = {
  forbidden: [
    {
      name: 'engines-know-nothing-of-github',
      comment: 'Engines and rules run in the CLI too: only the shared runner (shared/action/run-action.ts) and shared/github talk to the runner and the API.',
      severity: 'error',
      from: { path: '^(actions/[^/]+/src/(engine|rules)|shared/(findings|reporters|config|io|prisma)|packages/runtime)/' },
      to: { path: '(^|/)node_modules/@actions/|^node_modules/@octokit/|^shared/github/' },
    },
    {
      name: 'engines-use-the-fs-adapter',
      comment: 'Engines read files through RepoFs (shared/io/repo-fs.ts), so fixtures, the CLI and the action hand them the same door.',
      severity: 'error',
      from: { path: '^actions/[^/]+/src/(engine|rules)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises)$' },
    },
    {
      name: 'reporters-read-only-findings',
      comment: 'Reporters are pure functions of the finding model: they must not reach engines, the GitHub layer or the file system.',
      severity: 'error',
      from: { path: '^shared/reporters/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(actions/|shared/(github|action|io|config)/|fs$|node:fs$)' },
    },
    {
      name: 'one-import-path-for-shared',
      comment: 'Outside shared/, shared code is imported through @shared/...: two paths to one module bundle two copies and break instanceof.',
      severity: 'error',
      from: { path: '^(actions|cli|packages)/' },
      to: { path: '^shared/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'runtime-is-dependency-free',
      comment: '@bickford/runtime is imported by users on the edge: nothing but its own files.',
      severity: 'error',
      from: { path: '^packages/runtime/src/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^packages/runtime/src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|__fixtures__|fixtures)/|^examples/|^bench/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
