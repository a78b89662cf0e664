import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';
import { REQUIRED_ENV_RULE } from '@bickford/runtime';

/** The same rule id as the runtime library's gateRequiredEnvs: one docs page for the check at CI and at run time. */
export const envRequiredMissing = defineRule({
  id: REQUIRED_ENV_RULE,
  guard: 'env-guard',
  severity: 'error',
  description: 'A variable listed in the `required` input is unset or empty in the job environment.',
  help: 'Set the variable for this job (a repository or environment secret under `env:`), or remove it from `required`.',
});

/** Names the variable, never its value (there is none to print, and the check must stay that way). */
export function requiredMissing(name: string, location: Location | undefined): Finding {
  return envRequiredMissing.report({
    message: `${name} is required but is not set in this job's environment`,
    ...(location ? { location } : {}),
    fingerprintKey: name,
    properties: { variable: name },
  });
}
