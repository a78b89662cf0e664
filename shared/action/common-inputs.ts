/**
 * Inputs every action declares in its action.yml, read once by the shared runner
 * (shared/action/run-action.ts). A test checks that each action.yml declares them all.
 */
export const COMMON_INPUTS = {
  'fail-on': 'error, warning or never: the lowest severity that fails the step. Default error.',
  'fail-on-existing': 'On a pull request (or with --base), also fail on findings that already exist at the base (true/false). Default false: they are listed as existing and do not fail the step.',
  comment: 'Post or update one sticky pull-request comment with the findings (true/false). Default true.',
  'check-run': 'Create a check run with every finding as an annotation, when the token allows it (true/false). Default true.',
  'sarif-file': 'Write a SARIF 2.1.0 report to this path. Default: none.',
  'report-path': 'Where to write the JSON report. Default: bickford-<action>.json under RUNNER_TEMP.',
  config: 'Path of the Bickford config file. Default .bickford.yml at the repository root.',
  'working-directory': 'The repository root to check, relative to the workspace. Default: the workspace.',
  'github-token': 'Token for comments, check runs, labels and changed files. Default: the job token.',
  id: "Tells this job's sticky comment and check run apart from another job's of the same action (a matrix, two workflows). Default: the working directory.",
  mode: 'check (report everywhere and gate) or report (no API writes: write the JSON report for the fork-safe publisher, and gate). Default check.',
} as const;

export type CommonInputName = keyof typeof COMMON_INPUTS;
