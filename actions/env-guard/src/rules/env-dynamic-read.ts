import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

export const envDynamicRead = defineRule({
  id: 'env-dynamic-read',
  guard: 'env-guard',
  severity: 'notice',
  description: 'An environment variable is read with a computed key, so which variable it is cannot be checked.',
  help: 'Read each variable by its literal name (process.env.API_URL), or make sure every name the key can take is declared in turbo.json.',
});

export function dynamicRead(via: string, keyText: string, location: Location): Finding {
  return envDynamicRead.report({
    message: `${via}[${keyText}] reads a variable whose name is computed at run time; env-guard cannot tell whether turbo.json declares it`,
    location,
    fingerprintKey: keyText,
    properties: { key: keyText },
  });
}
