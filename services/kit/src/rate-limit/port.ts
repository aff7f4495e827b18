import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** One counter: at most `points` per `durationSeconds` per key. */
export interface CounterRule {
  /** Names the counter in its store (a collection per rule in MongoDB). */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * The rate-limit port: opens counters in the owner's store. rate-limiter-flexible's limiters are
 * the counters; the adapters (rate-limit.memory.ts, rate-limit.mongo.ts) only choose its store, and
 * the runtime picks the adapter by profile, as it does for every port.
 */
export interface RateLimitStore {
  counter(rule: CounterRule): RateLimiterAbstract;
  close(): Promise<void>;
}
