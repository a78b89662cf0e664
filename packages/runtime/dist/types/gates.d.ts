import { type Denial, type GateSite } from './denial.js';
/**
 * Gates answer "may this run here?" with `null` (yes) or a denial (no, and why), never by throwing, so a
 * route can turn the denial into a 503 with a readable body, or log it in the same shape the guards report.
 */
export declare const PRISMA_ON_EDGE_RULE = "runtime-prisma-on-edge";
export declare const REQUIRED_ENV_RULE = "env-required-missing";
/** Denies an action that uses Prisma when it is attempted on the edge, where Prisma's Node engines cannot load. */
export declare function gatePrismaContext(action: string, at?: GateSite): Denial | null;
/** Denies when any of `names` is unset or empty. The denial names the variables and never carries their values. */
export declare function gateRequiredEnvs(names: readonly string[], at?: GateSite): Denial | null;
