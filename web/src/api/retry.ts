import { ApiError } from './client';

/**
 * Services learn of each other's changes through events, a moment later. Right after a student
 * registers or an assignment is published, a step may answer "still being processed": that is
 * worth a few quiet retries before the person sees it.
 */
export async function retryWhilePropagating<T>(action: () => Promise<T>, ms = 6000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await action();
    } catch (err) {
      const propagating = err instanceof ApiError && err.code === 'CONFLICT' && /being processed|not known yet/i.test(err.message);
      if (!propagating || Date.now() > until) throw err;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
