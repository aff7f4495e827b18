import { CloudEvent } from 'cloudevents';
import { randomUUID } from 'node:crypto';
import { eventCatalog, isEventType, type EventData, type EventType } from '@cb/contracts';
import { currentTraceHeaders } from '../observability/tracing';

/** A CloudEvents 1.0 envelope as JSON, the form it has on the bus and in the outbox. */
export interface EventEnvelope<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: T;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: EventData<T>;
  /**
   * W3C trace context of the request that wrote the event (the CloudEvents distributed-tracing
   * extension): the outbox row keeps it, the relay publishes it, the consumer continues the trace.
   */
  traceparent?: string;
  tracestate?: string;
}

/** An event on its way out: written to the outbox with the state change, then relayed. */
export interface OutgoingEvent {
  topic: string;
  /** The aggregate id: all events of one entity share a partition and stay in order. */
  key: string;
  event: EventEnvelope;
}

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** Builds a validated event for the outbox; an invalid one is a bug, so it throws. */
export function newEvent<T extends EventType>(source: string, type: T, subject: string, data: EventData<T>): OutgoingEvent {
  const entry = eventCatalog[type];
  const checked = entry.data.safeParse(data);
  if (!checked.success) throw new InvalidEventError(`${type}: ${checked.error.message}`);
  const envelope = new CloudEvent({
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: checked.data,
    // Empty outside a traced piece of work (e.g. the demo seed); a consumer then starts a new trace.
    ...currentTraceHeaders(),
  });
  envelope.validate();
  return { topic: entry.topic, key: subject, event: envelope.toJSON() as unknown as EventEnvelope };
}

/** Validates an event as it is consumed: the envelope by the CloudEvents SDK, the data by its schema. */
export function parseEvent(raw: string | object): EventEnvelope {
  let json: Record<string, unknown>;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : (raw as Record<string, unknown>);
  } catch {
    throw new InvalidEventError('not JSON');
  }
  // The SDK fills in a missing id or specversion; an event on our bus must bring its own.
  if (json.specversion !== '1.0' || !json.id || !json.source) throw new InvalidEventError('not a CloudEvents 1.0 envelope');
  try {
    new CloudEvent(json, true).validate();
  } catch (err) {
    throw new InvalidEventError(`not a CloudEvent: ${(err as Error).message}`);
  }
  const type = String(json.type);
  if (!isEventType(type)) throw new InvalidEventError(`unknown event type ${type}`);
  const checked = eventCatalog[type].data.safeParse(json.data);
  if (!checked.success) throw new InvalidEventError(`${type}: ${checked.error.message}`);
  return { ...(json as unknown as EventEnvelope), data: checked.data };
}
