import { defineGuard } from '@shared/action/guard';
import { runEnvGuard } from './engine/run-env-guard';
import { readEnvGuardInputs } from './inputs';

/** env-guard: every environment variable the packages read is declared in turbo.json. */
export const guard = defineGuard({
  name: 'env-guard',
  readInputs: readEnvGuardInputs,
  run: runEnvGuard,
});
