import { defineGuard } from '@shared/action/guard';
import { runEnvGuard } from './engine/run-env-guard';
import { readEnvGuardInputs } from './inputs';

/** env-guard: every environment variable the packages read is declared in turbo.json. */
export const guard = defineGuard({
  name: 'env-guard',
  // Every read is checked whatever changed; on a pull request the base (fetched into a shallow clone) tells existing findings from new ones.
  changeSet: { needed: () => false },
  readInputs: readEnvGuardInputs,
  run: runEnvGuard,
});
