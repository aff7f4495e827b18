import { withTimeout } from './metrics';

/**
 * Readiness of this process: the checks of every part it hosts (in the embedded profile all four
 * services; in the distributed profile one service, or the gateway). A check throws when its part
 * can't do its work now; /readyz answers 503 naming it. Liveness (/livez) is only "the process
 * answers HTTP": a restart cures neither a broker outage nor a store outage.
 */
type Check = () => Promise<void> | void;
const checks = new Map<string, Check>();

const CHECK_TIMEOUT_MS = 2500;

export function addReadinessCheck(name: string, check: Check): () => void {
  checks.set(name, check);
  return () => void checks.delete(name);
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: true } | { ok: false; error: string }>;
}

export async function readiness(): Promise<Readiness> {
  const results = await Promise.all(
    [...checks].map(async ([name, check]) => {
      try {
        await withTimeout(Promise.resolve().then(check), CHECK_TIMEOUT_MS);
        return [name, { ok: true as const }] as const;
      } catch (err) {
        return [name, { ok: false as const, error: (err as Error).message }] as const;
      }
    }),
  );
  // A process that has registered nothing yet is still starting, not ready.
  return { ready: results.length > 0 && results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}
