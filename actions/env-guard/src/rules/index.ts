import type { AnyRule } from '@shared/rules/define-rule';
import { envDynamicRead } from './env-dynamic-read';
import { envRequiredMissing } from './env-required-missing';
import { envTurboJsonInvalid } from './env-turbo-json-invalid';
import { envUndeclaredRead } from './env-undeclared-read';
import { envUnusedDeclaration } from './env-unused-declaration';

/** Every env-guard rule: docs pages, the README table and SARIF rule lists come from here. */
export const RULES: readonly AnyRule[] = Object.freeze([
  envUndeclaredRead,
  envUnusedDeclaration,
  envDynamicRead,
  envRequiredMissing,
  envTurboJsonInvalid,
]);
