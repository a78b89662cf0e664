import type { ProblemField } from './problem';
export type BodyOutcome = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    status: 400 | 413 | 415;
    code: string;
    title: string;
    detail: string;
    errors?: ProblemField[];
};
/**
 * The body as JSON. JSON.parse decides; where it refuses, jsonc-parser (strict: no comments, no trailing
 * commas) says where, because V8's messages do not always carry a position (Node 24's often do not).
 */
export declare function readJsonBody(request: Request, limit: number): Promise<BodyOutcome>;
