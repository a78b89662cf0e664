import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

export const envTurboJsonInvalid = defineRule({
  id: 'env-turbo-json-invalid',
  guard: 'env-guard',
  severity: 'error',
  description: 'A turbo.json cannot be parsed (JSONC: comments and trailing commas are allowed), so its declarations are unknown.',
  help: 'Fix the syntax at the reported line; `npx turbo run build --dry` shows the same error.',
});

export function turboJsonInvalid(problem: string, location: Location): Finding {
  return envTurboJsonInvalid.report({
    message: `${location.file} is not valid JSONC: ${problem}`,
    location,
    fingerprintKey: problem,
  });
}
