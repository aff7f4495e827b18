import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Env } from '../config';
import { tooManyRequests } from '../errors';
import type { RateLimitStore } from './port';

/**
 * The marketplace's rate limits, from the environment (kit/src/config.ts has the defaults and the
 * README the table). A normal person's pace stays far below every one of them; they exist so that
 * one visitor cannot guess passwords, flood registrations, applications or postings, or scrape
 * search. Limits "per client address" skip CB_RATE_LIMIT_TRUSTED_CLIENTS (a load-test machine, a
 * school's shared NAT address).
 */
export interface RateLimitSettings {
  signIn: { freeFailures: number; clientFreeFailures: number; accountFreeFailures: number; maxDelaySeconds: number };
  registrationsPerHour: number;
  applicationsPerHour: number;
  openApplications: number;
  postingsPerHour: number;
  anonymousSearchesPerMinute: number;
  trustedClients: ReadonlySet<string>;
}

export function rateLimitSettings(env: Env): RateLimitSettings {
  return {
    signIn: {
      freeFailures: env.CB_LIMIT_SIGNIN_FREE_FAILURES,
      clientFreeFailures: env.CB_LIMIT_SIGNIN_CLIENT_FREE_FAILURES,
      accountFreeFailures: env.CB_LIMIT_SIGNIN_ACCOUNT_FREE_FAILURES,
      maxDelaySeconds: env.CB_LIMIT_SIGNIN_MAX_DELAY_SECONDS,
    },
    registrationsPerHour: env.CB_LIMIT_REGISTRATIONS_PER_HOUR,
    applicationsPerHour: env.CB_LIMIT_APPLICATIONS_PER_HOUR,
    openApplications: env.CB_LIMIT_OPEN_APPLICATIONS,
    postingsPerHour: env.CB_LIMIT_POSTINGS_PER_HOUR,
    anonymousSearchesPerMinute: env.CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE,
    trustedClients: new Set(env.CB_RATE_LIMIT_TRUSTED_CLIENTS ?? []),
  };
}

/**
 * Keys are hashed before they reach a store: a counter keyed by an e-mail or client address would
 * otherwise put personal data in a collection nobody erases.
 */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

const HOUR = 3600;

/** At most `points` uses per window per key; the next one is refused with TOO_MANY_REQUESTS. */
export class Quota {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    store: RateLimitStore,
    name: string,
    points: number,
    durationSeconds: number,
    private readonly refusal: (retryAfterSeconds: number) => string,
  ) {
    this.limiter = store.counter({ name, points, durationSeconds });
  }

  /** Counts one use; `undefined` (a trusted client) is never counted. */
  async take(key: string | undefined): Promise<void> {
    if (key === undefined) return;
    try {
      await this.limiter.consume(hashed(key));
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw tooManyRequests(this.refusal(seconds), seconds);
    }
  }
}

/**
 * Growing delay after failures: the first `free` failures per window cost nothing, then each one
 * makes the key wait 1, 2, 4 … seconds, up to `maxDelaySeconds` — never a lock that outlasts the
 * cap, so a stranger failing on purpose can delay an account, never shut it.
 */
export class FailureBackoff {
  private readonly failures: RateLimiterAbstract;
  private readonly delays: RateLimiterAbstract;

  constructor(
    store: RateLimitStore,
    name: string,
    private readonly free: number,
    private readonly maxDelaySeconds: number,
    windowSeconds = HOUR,
  ) {
    this.failures = store.counter({ name: `${name}_failures`, points: Number.MAX_SAFE_INTEGER, durationSeconds: windowSeconds });
    this.delays = store.counter({ name: `${name}_delay`, points: 1, durationSeconds: windowSeconds });
  }

  /** Seconds the key must still wait, 0 when it may try now. */
  async waitFor(key: string | undefined): Promise<number> {
    if (key === undefined) return 0;
    const delay = await this.delays.get(hashed(key));
    return delay && delay.consumedPoints > 1 && delay.msBeforeNext > 0 ? Math.ceil(delay.msBeforeNext / 1000) : 0;
  }

  async failed(key: string | undefined): Promise<void> {
    if (key === undefined) return;
    const { consumedPoints } = await this.failures.penalty(hashed(key), 1);
    const over = consumedPoints - this.free;
    if (over > 0) await this.delays.block(hashed(key), Math.min(2 ** (over - 1), this.maxDelaySeconds));
  }

  async reset(key: string | undefined): Promise<void> {
    if (key === undefined) return;
    await Promise.all([this.failures.delete(hashed(key)), this.delays.delete(hashed(key))]);
  }
}

/** `undefined` for an address the operator trusts, so per-client-address limits skip it. */
export function clientKey(settings: RateLimitSettings, address: string | undefined): string | undefined {
  const client = address ?? 'unknown';
  return settings.trustedClients.has(client) ? undefined : `client:${client}`;
}
