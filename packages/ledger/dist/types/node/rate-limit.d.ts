/**
 * A token bucket per key: `burst` requests at once, refilled at `perSecond`. Returns 0 when a request may
 * go, else the seconds until one may (the retry-after). In memory: per process, as the service runs.
 */
export declare class RateLimiter {
    readonly perSecond: number;
    readonly burst: number;
    private readonly now;
    private readonly buckets;
    constructor(perSecond: number, burst: number, now?: () => number);
    take(key: string): number;
}
