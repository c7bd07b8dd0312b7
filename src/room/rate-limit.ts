// How often one participant may make the agent do something on demand (an RPC, a data message it
// handles): a token bucket per participant, a burst and then a steady rate. Calls beyond it are refused
// at once and cost next to nothing, so one participant flooding the agent slows nobody else down.
export interface RateLimitOptions {
  /** Calls allowed back to back. */
  burst: number;
  /** Calls regained per second. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; the oldest are forgotten beyond it (a full bucket needs no memory). */
const MAX_BUCKETS = 10_000;

export class ParticipantRateLimit {
  readonly #options: RateLimitOptions;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Takes one call for `identity`; false when it is over its rate. */
  take(identity: string, now = performance.now()): boolean {
    const { burst, perSecond } = this.#options;
    const bucket = this.#buckets.get(identity) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.#buckets.delete(identity);
    if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
    this.#buckets.set(identity, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Words for a refusal: what the limit is. */
  describe(): string {
    return `at most ${this.#options.burst} at once, then ${this.#options.perSecond} per second`;
  }
}
