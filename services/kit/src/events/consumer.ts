import type { EventType } from '@cb/contracts';
import { eventCatalog } from '@cb/contracts';
import type { EventBus, RunningSubscription } from '../bus/port';
import { logger } from '../observability/logger';
import { eventHandlerFailures, eventsDeadLettered, eventsHandled } from '../observability/metrics';
import { SpanKind, contextFrom, inSpan } from '../observability/tracing';
import type { Store } from '../store/port';
import { InvalidEventError, parseEvent, type EventEnvelope } from './envelope';

export type Handler<T extends EventType = EventType> = (event: EventEnvelope<T>) => Promise<void>;

/** A service's "event type → handler" table, declared once at its composition root. */
export type Subscriptions = { [T in EventType]?: Handler<T> };

export const DEAD_LETTER_TOPIC = 'careerboost.dead-letter';

/** The topics a subscription table reads. */
export function topicsOf(subscriptions: Subscriptions): string[] {
  return [...new Set(Object.keys(subscriptions).map((type) => eventCatalog[type as EventType].topic))];
}

export interface RunningConsumer extends RunningSubscription {
  groupId: string;
  topics: string[];
  /** True from the moment the subscription runs until stop() (the readiness check reads it). */
  readonly running: boolean;
}

/**
 * Runs a subscription table on the bus: validates each event against its contract, skips events
 * the inbox has seen (idempotent by event id), and records the event only after the handler has
 * stored its effect. A crash between the two replays the event; handlers are written to tolerate
 * that (they upsert by id or compare aggregate state). An event that fails validation can never
 * succeed, so it goes to the dead-letter topic instead of blocking its partition.
 *
 * Each handling runs in a consumer span that continues the trace of the request that wrote the
 * event (its `traceparent`), so one trace runs from the gateway to every consumer.
 */
export async function consume(
  bus: EventBus,
  store: Store,
  groupId: string,
  subscriptions: Subscriptions,
): Promise<RunningConsumer> {
  const topics = topicsOf(subscriptions);
  const subscription = await bus.subscribe({
    groupId,
    topics,
    handle: async (message) => {
      let event: EventEnvelope;
      try {
        event = parseEvent(message.value);
      } catch (err) {
        if (!(err instanceof InvalidEventError)) throw err;
        // The reason names a field or the type, never the contents (events may be about people).
        logger.error({ group: groupId, topic: message.topic, offset: message.offset, reason: err.message }, 'dead-lettering an event');
        await bus.publish(DEAD_LETTER_TOPIC, [{ key: message.key, value: message.value }]);
        eventsDeadLettered.inc({ group: groupId });
        return;
      }
      const handler = subscriptions[event.type] as Handler | undefined;
      if (!handler) return; // another event on a topic we read; not ours to act on
      const attributes = {
        'messaging.system': 'career-boost-bus',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.topic,
        'messaging.consumer.group.name': groupId,
        'messaging.message.id': event.id,
        'cloudevents.event_type': event.type,
      };
      await inSpan(groupId, `process ${event.type}`, { kind: SpanKind.CONSUMER, attributes, parent: contextFrom(event) }, async () => {
        if (await store.hasHandled(event.id)) return;
        try {
          await handler(event);
        } catch (err) {
          eventHandlerFailures.inc({ group: groupId });
          throw err;
        }
        await store.markHandled(event.id);
        eventsHandled.inc({ group: groupId, type: event.type });
      });
    },
  });
  let running = true;
  return {
    groupId,
    topics,
    get running() {
      return running;
    },
    async stop() {
      running = false;
      await subscription.stop();
    },
  };
}
