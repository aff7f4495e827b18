import { ROOT_CONTEXT, trace, type Link } from '@opentelemetry/api';
import type { EventBus } from '../bus/port';
import { logger } from '../observability/logger';
import { SpanKind, contextFrom, inSpan } from '../observability/tracing';
import type { OutboxEntry, Store } from '../store/port';

const BATCH = 500;
const POLL_MS = 1000;
const MAX_BACKOFF_MS = 5000;

/**
 * Moves events from a service's outbox to the bus, oldest first, and deletes them only after the
 * bus has acknowledged them. While the bus is down the events wait in the outbox and writes keep
 * succeeding; the relay retries with backoff. A crash after publish and before delete publishes
 * again: consumers are idempotent by event id.
 *
 * The events go out as they were written, `traceparent` included, so the consumers continue the
 * trace of the request that wrote them. Each publish is a producer span linked to those traces
 * (linked, not a child: one publish carries events of many requests).
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
      const links = list.map(traceLink).filter((l): l is Link => l !== undefined);
      await inSpan('outbox', `publish ${topic}`, { kind: SpanKind.PRODUCER, attributes: { 'messaging.destination.name': topic, 'messaging.batch.message_count': list.length, 'cb.service': name }, links, parent: ROOT_CONTEXT }, () =>
        bus.publish(topic, list.map((e) => ({ key: e.key, value: e.event }))),
      );
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
        if (failures > 0) logger.warn({ service: name }, 'outbox: bus reachable again');
        failures = 0;
        if (n > 0) continue;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 20 === 0) {
          logger.error({ service: name, failures, reason: (err as Error).message }, 'outbox: bus unavailable, events wait in the outbox');
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

/** A link to the trace of the request that wrote the event, if it was written in one. */
function traceLink(entry: OutboxEntry): Link | undefined {
  let carrier: { traceparent?: unknown; tracestate?: unknown };
  try {
    carrier = JSON.parse(entry.event);
  } catch {
    return undefined;
  }
  const span = trace.getSpanContext(contextFrom(carrier));
  return span && trace.isSpanContextValid(span) ? { context: span } : undefined;
}
