import type { EventBus } from '../bus/port';
import type { OutboxEntry, Store } from '../store/port';

const BATCH = 500;
const POLL_MS = 1000;
const MAX_BACKOFF_MS = 5000;

/**
 * Moves events from a service's outbox to the bus, oldest first, and deletes them only after the
 * bus has acknowledged them. While the bus is down the events wait in the outbox and writes keep
 * succeeding; the relay retries with backoff. A crash after publish and before delete publishes
 * again: consumers are idempotent by event id.
 */
export function startOutboxRelay(store: Store, bus: EventBus, name: string): { stop(): Promise<void>; flush(): Promise<void> } {
  let stopped = false;
  let wake: (() => void) | undefined;
  let dirty = true;
  store.onOutboxWrite(() => {
    dirty = true;
    wake?.();
  });

  async function relayOnce(): Promise<number> {
    const entries = await store.pendingOutbox(BATCH);
    if (entries.length === 0) return 0;
    const byTopic = new Map<string, OutboxEntry[]>();
    for (const e of entries) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
    for (const [topic, list] of byTopic) {
      await bus.publish(topic, list.map((e) => ({ key: e.key, value: e.event })));
      await store.markRelayed(list);
    }
    return entries.length;
  }

  let failures = 0;
  const loop = (async () => {
    while (!stopped) {
      dirty = false;
      try {
        const n = await relayOnce();
        if (failures > 0) console.error(`[outbox ${name}] bus reachable again`);
        failures = 0;
        if (n > 0) continue;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 20 === 0) {
          console.error(`[outbox ${name}] bus unavailable, events wait in the outbox: ${(err as Error).message}`);
        }
        await sleep(Math.min(200 * 2 ** Math.min(failures, 5), MAX_BACKOFF_MS));
        continue;
      }
      if (!dirty) await sleep(POLL_MS);
    }
  })();

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(t);
        wake = undefined;
        resolve();
      };
    });
  }

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
    async flush() {
      while ((await relayOnce()) > 0);
    },
  };
}
