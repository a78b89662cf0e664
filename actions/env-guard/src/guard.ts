import { defineGuard } from '@shared/action/guard';
import { runEnvGuard } from './engine/run-env-guard';
import { turboJsonFileIn } from './engine/turbo-json';
import { readEnvGuardInputs } from './inputs';

/** env-guard: every environment variable the packages read is declared in turbo.json. */
export const guard = defineGuard({
  name: 'env-guard',
  readInputs: readEnvGuardInputs,
  // Reads in the files the PR changed are annotated first (the runner shows ten annotations of each kind): without
  // the change set the PR's own undeclared read may be one of those hidden, so an unknown change set fails. Without
  // a root turbo.json no read is compared, and nothing needs it. On a pull request the base it fetches also tells
  // existing findings from new ones.
  changeSet: { needed: (_inputs, tree) => turboJsonFileIn(tree.fs, '.') !== undefined },
  dataPaths: ['turboFiles.*'],
  run: runEnvGuard,
});
