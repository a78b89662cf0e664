import { createFinding, type Finding, type Location } from '@shared/findings/finding';
import type { EnvRuleMeta } from './rule';

export const meta: EnvRuleMeta = {
  id: 'env-turbo-json-invalid',
  severity: 'error',
  description: 'A turbo.json cannot be parsed (JSONC: comments and trailing commas are allowed), so its declarations are unknown.',
  help: 'Fix the syntax at the reported line; `npx turbo run build --dry` shows the same error.',
};

export function turboJsonInvalid(problem: string, location: Location): Finding {
  return createFinding({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${location.file} is not valid JSONC: ${problem}`,
    location,
    help: meta.help,
    fingerprintKey: problem,
  });
}
