import { createDenial, RULE_DOCS_BASE, toLocation, type Denial, type GateSite } from './denial';
import { describeRuntime, isEdgeRuntime } from './detect-runtime';
import { missingEnvs } from './runtime-context';

/**
 * Gates answer "may this run here?" with `null` (yes) or a denial (no, and why), never by throwing, so a
 * route can turn the denial into a 503 with a readable body, or log it in the same shape the guards report.
 */

export const PRISMA_ON_EDGE_RULE = 'runtime-prisma-on-edge';
export const REQUIRED_ENV_RULE = 'env-required-missing';

/** Denies an action that uses Prisma when it is attempted on the edge, where Prisma's Node engines cannot load. */
export function gatePrismaContext(action: string, at?: GateSite): Denial | null {
  if (!isEdgeRuntime()) return null;
  const location = toLocation(at);
  return createDenial({
    ruleId: PRISMA_ON_EDGE_RULE,
    severity: 'error',
    message: `${action} uses Prisma and was attempted on ${describeRuntime()}`,
    ...(location ? { location } : {}),
    help: `Run ${action} from a Node.js route (export const runtime = 'nodejs'), or call it through an API route from the edge.`,
    docsUrl: `${RULE_DOCS_BASE}/${PRISMA_ON_EDGE_RULE}.md`,
    fingerprintKey: action,
    properties: { action },
  });
}

/** Denies when any of `names` is unset or empty. The denial names the variables and never carries their values. */
export function gateRequiredEnvs(names: readonly string[], at?: GateSite): Denial | null {
  const missing = missingEnvs(names);
  if (missing.length === 0) return null;
  const location = toLocation(at);
  const list = missing.join(', ');
  return createDenial({
    ruleId: REQUIRED_ENV_RULE,
    severity: 'error',
    message: `required environment variable${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} not set on ${describeRuntime()}`,
    ...(location ? { location } : {}),
    help: `Set ${list} in this deployment's environment${isEdgeRuntime() ? ' (edge functions see only variables present at deploy time)' : ''}.`,
    docsUrl: `${RULE_DOCS_BASE}/${REQUIRED_ENV_RULE}.md`,
    fingerprintKey: missing.join(','),
    properties: { missing },
  });
}
