/**
 * A token bucket per key: `burst` requests at once, refilled at `perSecond`. Returns 0 when a request may
 * go, else the seconds until one may (the retry-after). In memory: per process, as the service runs.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  take(key: string): number {
    if (!Number.isFinite(this.perSecond) || this.perSecond <= 0) return 0;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
}
