/**
 * The event-bus port, with Kafka's semantics on every adapter: topics, a message key that keeps one
 * entity's events in order, consumer groups with committed offsets, at-least-once delivery and
 * replay from the start.
 */
export interface BusMessage {
  key: string;
  /** The serialized CloudEvent. */
  value: string;
}

export interface DeliveredMessage extends BusMessage {
  topic: string;
  offset: string;
}

export interface Subscription {
  groupId: string;
  topics: string[];
  /**
   * Called once per message, in order per key. The offset is committed only after it resolves, so
   * a crash before that redelivers the message: handlers must be idempotent. A message whose
   * handler keeps throwing is retried with backoff; `deadLetter` decides when to give up on it.
   */
  handle(message: DeliveredMessage): Promise<void>;
}

export interface RunningSubscription {
  stop(): Promise<void>;
}

export interface EventBus {
  publish(topic: string, messages: BusMessage[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<RunningSubscription>;
  /** Moves a group's committed offsets back to the start of the topics (for rebuilding a projection). */
  rewind(groupId: string, topics: string[]): Promise<void>;
  /**
   * Messages on these topics the group has not yet committed (the demo seed waits for 0; /metrics
   * reports it per group). Needs the broker, so it doubles as the readiness probe of the bus.
   */
  lag(groupId: string, topics: string[]): Promise<number>;
  close(): Promise<void>;
}
