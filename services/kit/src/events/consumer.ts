import type { EventType } from '@cb/contracts';
import { eventCatalog } from '@cb/contracts';
import type { EventBus, RunningSubscription } from '../bus/port';
import type { Store } from '../store/port';
import { InvalidEventError, parseEvent, type EventEnvelope } from './envelope';

export type Handler<T extends EventType = EventType> = (event: EventEnvelope<T>) => Promise<void>;

/** A service's "event type → handler" table, declared once at its composition root. */
export type Subscriptions = { [T in EventType]?: Handler<T> };

export const DEAD_LETTER_TOPIC = 'careerboost.dead-letter';

/**
 * Runs a subscription table on the bus: validates each event against its contract, skips events
 * the inbox has seen (idempotent by event id), and records the event only after the handler has
 * stored its effect. A crash between the two replays the event; handlers are written to tolerate
 * that (they upsert by id or compare aggregate state). An event that fails validation can never
 * succeed, so it goes to the dead-letter topic instead of blocking its partition.
 */
export async function consume(
  bus: EventBus,
  store: Store,
  groupId: string,
  subscriptions: Subscriptions,
): Promise<RunningSubscription> {
  const topics = [...new Set(Object.keys(subscriptions).map((type) => eventCatalog[type as EventType].topic))];
  return bus.subscribe({
    groupId,
    topics,
    handle: async (message) => {
      let event: EventEnvelope;
      try {
        event = parseEvent(message.value);
      } catch (err) {
        if (!(err instanceof InvalidEventError)) throw err;
        console.error(`[${groupId}] dead-lettering ${message.topic}@${message.offset}: ${err.message}`);
        await bus.publish(DEAD_LETTER_TOPIC, [{ key: message.key, value: message.value }]);
        return;
      }
      const handler = subscriptions[event.type] as Handler | undefined;
      if (!handler) return; // another event on a topic we read; not ours to act on
      if (await store.hasHandled(event.id)) return;
      await handler(event);
      await store.markHandled(event.id);
    },
  });
}
