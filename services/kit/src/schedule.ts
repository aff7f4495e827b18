import { logger } from './observability/logger';

/**
 * A job that scans stored state: runs now (so whatever fell due while the process was down is
 * done on start) and then every `intervalMs`, one pass at a time. A failed pass is logged and the
 * next one tries again — the job's state is in the store, never in the timer, so a restart loses
 * nothing. Used by the placements service's offer expiry and the notifications' daily digest.
 */
export function schedulePasses(service: string, job: string, pass: () => Promise<void>, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const next = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await pass();
      } catch (err) {
        logger.error({ err, service }, `${job} pass failed`);
      }
    });
  };
  next();
  const timer = setInterval(next, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Like schedulePasses, for a pass that counts what it did (offers declined, accounts removed): logged when it did anything. */
export function scheduleCountingPasses(service: string, job: string, pass: () => Promise<number>, intervalMs: number, done: string): { stop(): Promise<void> } {
  return schedulePasses(
    service,
    job,
    async () => {
      const count = await pass();
      if (count > 0) logger.info({ service, count }, done);
    },
    intervalMs,
  );
}
