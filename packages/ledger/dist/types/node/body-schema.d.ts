import type { ProblemField } from './problem';
/** POST /v1/append. `decision` entries come from EdgeLedgerClient.appendLedger: `{ intent, decision }`. */
export declare const APPEND_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["type", "payload"];
    readonly properties: {
        readonly type: {
            readonly type: "string";
            readonly pattern: "^[a-z][a-z0-9-]{0,62}$";
        };
        readonly payload: {
            readonly type: "object";
        };
        readonly idempotencyKey: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 200;
        };
    };
};
export interface AppendBody {
    type: string;
    payload: Record<string, unknown>;
    idempotencyKey?: string;
}
/** The body's faults as JSON Pointers (ajv's instancePath; a missing or extra property points at itself). */
export declare function checkAppendBody(value: unknown): {
    ok: true;
    body: AppendBody;
} | {
    ok: false;
    errors: ProblemField[];
};
