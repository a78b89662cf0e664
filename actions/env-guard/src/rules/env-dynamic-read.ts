import { createFinding, type Finding, type Location } from '@shared/findings/finding';
import type { EnvRuleMeta } from './rule';

export const meta: EnvRuleMeta = {
  id: 'env-dynamic-read',
  severity: 'notice',
  description: 'An environment variable is read with a computed key, so which variable it is cannot be checked.',
  help: 'Read each variable by its literal name (process.env.API_URL), or make sure every name the key can take is declared in turbo.json.',
};

export function dynamicRead(via: string, keyText: string, location: Location): Finding {
  return createFinding({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${via}[${keyText}] reads a variable whose name is computed at run time; env-guard cannot tell whether turbo.json declares it`,
    location,
    help: meta.help,
    fingerprintKey: keyText,
    properties: { key: keyText },
  });
}
