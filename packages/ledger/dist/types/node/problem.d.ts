/**
 * Errors as RFC 9457 problem details (application/problem+json). `errors` lists each field at fault as a
 * JSON Pointer into the request body (RFC 9457 §3.2's extension-member example), or, for a body that is
 * not JSON, the line and column where parsing stopped.
 */
export declare const PROBLEM_DOCS = "https://github.com/bickford/actions/blob/main/docs/ledger-service.md";
export interface ProblemField {
    pointer?: string;
    /** A query parameter at fault. */
    parameter?: string;
    line?: number;
    column?: number;
    detail: string;
}
export interface Problem {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: ProblemField[];
}
export declare function problem(status: number, code: string, title: string, detail: string, errors?: ProblemField[], headers?: Record<string, string>): Response;
export declare function json(status: number, body: unknown, headers?: Record<string, string>): Response;
