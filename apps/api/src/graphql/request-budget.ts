import { GraphQLError } from 'graphql';

/**
 * Requests per minute per session (or, for anonymous requests, per client address), in this process:
 * a token bucket that holds `perMinute` requests and refills evenly over a minute. A person using the
 * app sends a few requests per page; a script hammering one session gets TOO_MANY_REQUESTS (HTTP 429)
 * before its request is parsed. `perMinute` 0 turns the budget off (the benchmark does).
 */
export class RequestBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweptAt = 0;

  constructor(
    readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes one request from `key`'s budget; false when it is spent. */
  take(key: string): boolean {
    if (this.perMinute === 0) return true;
    const at = this.clock();
    this.sweep(at);
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + ((at - bucket.at) * this.perMinute) / 60_000) : this.perMinute;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at });
    return true;
  }

  /** Seconds until `key` has a request again (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || this.perMinute === 0) return 0;
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute));
  }

  /** Forgets buckets untouched for a minute (they are full again), at most once a minute. */
  private sweep(at: number): void {
    if (at - this.sweptAt < 60_000) return;
    this.sweptAt = at;
    for (const [key, bucket] of this.buckets) if (at - bucket.at >= 60_000) this.buckets.delete(key);
  }
}

/** The error a spent budget answers with, before anything is parsed or run. */
export function requestBudgetSpent(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('For mange forespørgsler på kort tid. Vent lidt, og prøv igen.', {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
