import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { CounterRule, RateLimitStore } from './port';

/**
 * Counters in process memory. Complete for the embedded profile, where one process hosts every
 * service and the gateway; counters start again from zero when the process restarts.
 */
export function memoryRateLimits(): RateLimitStore {
  return {
    counter: (rule: CounterRule) => new RateLimiterMemory({ keyPrefix: rule.name, points: rule.points, duration: rule.durationSeconds }),
    close: async () => undefined,
  };
}
