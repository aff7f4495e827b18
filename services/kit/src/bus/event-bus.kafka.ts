import { logger } from '../observability/logger';
import { Topics } from '@cb/contracts';
import {
  Admin,
  ConfigResourceTypes,
  Consumer,
  MessagesStreamFallbackModes,
  MessagesStreamModes,
  ProduceAcks,
  Producer,
  stringDeserializers,
  stringSerializers,
  type Message,
  type MessagesStream,
} from '@platformatic/kafka';
import { DEAD_LETTER_TOPIC } from '../events/consumer';
import type { BusMessage, DeliveredMessage, EventBus, RunningSubscription, Subscription } from './port';

// The only file that imports the Kafka client (@platformatic/kafka: maintained, pure JavaScript,
// no native librdkafka to download). Swapping clients again touches nothing else.

/** How the bus creates (and checks) its topics. Defaults suit one broker; see config.ts. */
export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
  minInSyncReplicas: number;
}

export interface KafkaBusOptions extends Partial<TopicSettings> {
  /** Names this process to the brokers (logs, quotas): one per service, e.g. `careerboost-search`. */
  clientId?: string;
}

/** A topic as the broker describes it. */
export interface TopicDescription {
  topic: string;
  partitions: number;
  replicationFactor: number;
  /** The topic's effective settings (its own, or the broker default it falls back to). */
  configs: Record<string, string | null>;
}

const MAX_BACKOFF_MS = 5000;
const RESTART_BACKOFF_MS = 2000;
/** The earliest and latest offset of a partition, as Kafka's ListOffsets asks for them. */
const EARLIEST = -2n;
const LATEST = -1n;

/**
 * The distributed event bus on Kafka. Topics are data, not broker defaults: the bus creates the
 * marketplace's topics and the dead-letter topic at start with unlimited retention (the log is
 * what every projection is rebuilt from), the configured partitions, replication factor and
 * min.insync.replicas, and reports any existing topic whose settings differ. Any other topic is
 * created the same way the moment something publishes to it or subscribes to it.
 *
 * Delivery is at-least-once with per-key order: one consumer per subscription handles one message
 * at a time and commits its offset only after the handler resolved. A failing handler is retried
 * with backoff on the same message for as long as it takes (the consumer table in
 * events/consumer.ts dead-letters what can never succeed), so nothing is skipped.
 */
export class KafkaBus implements EventBus {
  readonly clientId: string;
  private readonly settings: TopicSettings;
  private readonly knownTopics = new Set<string>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  private provisioned?: Promise<void>;
  private adminClient?: Admin;
  private producer?: Producer<string, string, string, string>;
  /** One send at a time, so the outbox's order is the log's order. */
  private sending: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly brokers: string[],
    options: KafkaBusOptions = {},
  ) {
    this.clientId = options.clientId ?? 'careerboost';
    this.settings = {
      partitions: options.partitions ?? 3,
      replicationFactor: options.replicationFactor ?? 1,
      minInSyncReplicas: options.minInSyncReplicas ?? 1,
    };
  }

  /**
   * Creates the marketplace's topics and the dead-letter topic, then checks every one of them
   * against the settings and logs what differs (idempotent; the runtime calls it at start).
   */
  provision(): Promise<void> {
    const topics = [...Object.values(Topics), DEAD_LETTER_TOPIC];
    this.provisioned ??= this.createTopics(topics)
      .then(() => this.reportTopicSettings(topics))
      .catch((err) => {
        this.provisioned = undefined;
        throw err;
      });
    return this.provisioned;
  }

  /** What the broker says about these topics: partitions, replication and effective configs. */
  async describeTopics(topics: string[]): Promise<TopicDescription[]> {
    const admin = this.admin();
    const metadata = await admin.metadata({ topics, forceUpdate: true });
    const configs = await admin.describeConfigs({
      resources: topics.map((topic) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName: topic, configurationKeys: [...CHECKED_CONFIGS] })),
    });
    return topics.map((topic) => {
      const t = metadata.topics.get(topic);
      const described = configs.find((c) => c.resourceName === topic)?.configs ?? [];
      return {
        topic,
        partitions: t?.partitionsCount ?? 0,
        replicationFactor: t?.partitions[0]?.replicas.length ?? 0,
        configs: Object.fromEntries(described.map((c) => [c.name, c.value ?? null])),
      };
    });
  }

  /**
   * Differences between the topics as found and as configured, one line each. A topic's partitions
   * and replication are not changed behind an operator's back (fewer partitions is impossible, and
   * more would move keys between partitions): they are reported, as is a retention that would lose
   * the log, for the operator to fix with kafka-configs.sh / kafka-topics.sh.
   */
  async checkTopics(topics: string[]): Promise<string[]> {
    const want = this.topicConfigs();
    const problems: string[] = [];
    for (const found of await this.describeTopics(topics)) {
      const differences: string[] = [];
      if (found.partitions !== this.settings.partitions) differences.push(`partitions ${found.partitions} (configured ${this.settings.partitions})`);
      if (found.replicationFactor !== this.settings.replicationFactor) {
        differences.push(`replication factor ${found.replicationFactor} (configured ${this.settings.replicationFactor})`);
      }
      for (const [name, value] of Object.entries(want)) {
        if (found.configs[name] !== value) differences.push(`${name}=${found.configs[name] ?? 'unset'} (configured ${value})`);
      }
      if (differences.length) problems.push(`topic ${found.topic}: ${differences.join(', ')}`);
    }
    return problems;
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([topic]);
    const send = this.sending.then(async () => {
      const producer = this.connectProducer();
      try {
        await producer.send({ messages: messages.map((m) => ({ topic, key: m.key, value: m.value })) });
      } catch (err) {
        // A producer that failed may be out of step with the broker (sequence numbers of the
        // idempotent producer); a fresh one gets a new producer id. The outbox publishes again.
        if (this.producer === producer) this.producer = undefined;
        producer.close(true).catch(() => undefined);
        throw err;
      }
    });
    this.sending = send.catch(() => undefined);
    await send;
  }

  async subscribe(subscription: Subscription): Promise<RunningSubscription> {
    if (this.closed) throw new Error('the Kafka bus is closed');
    if (subscription.topics.length === 0) return { stop: async () => undefined }; // nothing to listen to
    await this.ensureTopics(subscription.topics);
    const running = new KafkaSubscription(this.brokers, this.clientId, subscription);
    this.subscriptions.add(running);
    for (let attempt = 1; ; attempt++) {
      try {
        await running.start();
        break;
      } catch (err) {
        // A topic created a moment ago may not be in every broker's metadata yet.
        if (attempt < 5 && !this.closed) {
          await new Promise((r) => setTimeout(r, 500 * attempt));
          continue;
        }
        this.subscriptions.delete(running);
        await running.stop();
        throw err;
      }
    }
    return {
      stop: async () => {
        this.subscriptions.delete(running);
        await running.stop();
      },
    };
  }

  /**
   * Moves the group's committed offsets to the earliest retained message of each partition. Kafka
   * only allows that while the group has no running member, which is how it is used: a projection
   * is rebuilt before its consumer starts.
   */
  async rewind(groupId: string, topics: string[]): Promise<void> {
    await this.ensureTopics(topics);
    const admin = this.admin();
    const group = (await admin.describeGroups({ groups: [groupId] })).get(groupId);
    // The client reports the classic protocol's names ('Empty', 'Dead'); upper case on newer brokers.
    if (group && !['EMPTY', 'DEAD'].includes(String(group.state).toUpperCase())) {
      throw new Error(`cannot rewind consumer group ${groupId} while it has running members (state ${group.state})`);
    }
    const starts = await this.offsets(topics, EARLIEST);
    await admin.alterConsumerGroupOffsets({
      groupId,
      topics: [...starts].map(([name, offsets]) => ({ name, partitionOffsets: offsets.map((offset, partition) => ({ partition, offset })) })),
    });
    const now = await this.committed(groupId, topics);
    for (const [topic, offsets] of starts) {
      offsets.forEach((low, partition) => {
        const at = now.get(topic)?.[partition];
        if (at !== low) throw new Error(`rewinding ${groupId} on ${topic}[${partition}] left it at ${at}, not ${low}`);
      });
    }
  }

  /** Messages the group has not yet committed on these topics (the demo seed waits for 0). */
  async lag(groupId: string, topics: string[]): Promise<number> {
    await this.ensureTopics(topics);
    const [lows, highs, committed] = await Promise.all([this.offsets(topics, EARLIEST), this.offsets(topics, LATEST), this.committed(groupId, topics)]);
    let total = 0n;
    for (const [topic, ends] of highs) {
      ends.forEach((high, partition) => {
        const at = committed.get(topic)?.[partition] ?? -1n;
        total += high - (at < 0n ? lows.get(topic)![partition] : at);
      });
    }
    return Number(total);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.sending;
    const { producer, adminClient } = this;
    this.producer = undefined;
    this.adminClient = undefined;
    await Promise.all([producer?.close(true).catch(() => undefined), adminClient?.close().catch(() => undefined)]);
  }

  private topicConfigs(): Record<string, string> {
    return {
      // Unlimited: search and the read models rebuild by replaying from the first offset.
      'retention.ms': '-1',
      'retention.bytes': '-1',
      'min.insync.replicas': String(this.settings.minInSyncReplicas),
    };
  }

  /** Best effort: a broker that refuses DescribeConfigs (ACLs) must not keep the service down. */
  private async reportTopicSettings(topics: string[]): Promise<void> {
    try {
      for (const problem of await this.checkTopics(topics)) logger.warn({ problem }, 'event topic differs from the KAFKA_* settings: fix the topic or the settings');
    } catch (err) {
      logger.warn({ reason: describe(err) }, "could not check the event topics' settings");
    }
  }

  private async ensureTopics(topics: string[]): Promise<void> {
    await this.provision();
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length > 0) await this.createTopics(missing);
  }

  private async createTopics(topics: string[]): Promise<void> {
    const admin = this.admin();
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((t) => !existing.has(t));
        if (missing.length > 0) {
          try {
            await admin.createTopics({
              topics: missing,
              partitions: this.settings.partitions,
              replicas: this.settings.replicationFactor,
              configs: Object.entries(this.topicConfigs()).map(([name, value]) => ({ name, value })),
            });
          } catch (err) {
            // Another process may create the same topics at the same moment; a topic made
            // elsewhere keeps its settings (and is checked like any other).
            if (!hasApiError(err, 'TOPIC_ALREADY_EXISTS')) throw err;
          }
        }
        // A new topic is usable once every partition has a leader; a busy broker may take a moment.
        const metadata = await admin.metadata({ topics, forceUpdate: true });
        const leaderless = topics.filter((t) => {
          const m = metadata.topics.get(t);
          return !m || m.partitionsCount === 0 || m.partitions.some((p) => p.leader < 0);
        });
        if (leaderless.length) throw Object.assign(new Error(`topics without a leader yet: ${leaderless.join(', ')}`), { retry: true });
        break;
      } catch (err) {
        if (attempt >= 20 || this.closed) throw err;
        await new Promise((r) => setTimeout(r, Math.min(100 * attempt, 1000)));
      }
    }
    for (const t of topics) this.knownTopics.add(t);
  }

  /** Each topic's offsets per partition (index = partition) at `at` (EARLIEST or LATEST). */
  private async offsets(topics: string[], at: bigint): Promise<Map<string, bigint[]>> {
    const admin = this.admin();
    const metadata = await admin.metadata({ topics });
    const listed = await admin.listOffsets({
      topics: topics.map((name) => ({
        name,
        partitions: Array.from({ length: metadata.topics.get(name)?.partitionsCount ?? 0 }, (_, partitionIndex) => ({ partitionIndex, timestamp: at })),
      })),
    });
    const result = new Map<string, bigint[]>();
    for (const t of listed) {
      const offsets: bigint[] = [];
      for (const p of t.partitions) offsets[p.partitionIndex] = p.offset;
      result.set(t.name, offsets);
    }
    return result;
  }

  /** The group's committed offsets per topic and partition; -1 where it has none. */
  private async committed(groupId: string, topics: string[]): Promise<Map<string, bigint[]>> {
    const [group] = await this.admin().listConsumerGroupOffsets({ groups: [{ groupId, topics: null }] });
    const result = new Map<string, bigint[]>();
    for (const t of group?.topics ?? []) {
      if (!topics.includes(t.name)) continue;
      const offsets: bigint[] = [];
      for (const p of t.partitions) offsets[p.partitionIndex] = p.committedOffset;
      result.set(t.name, offsets);
    }
    return result;
  }

  private admin(): Admin {
    if (this.closed) throw new Error('the Kafka bus is closed');
    this.adminClient ??= new Admin({ clientId: this.clientId, bootstrapBrokers: this.brokers, retries: 5, retryDelay: 300 });
    return this.adminClient;
  }

  private connectProducer(): Producer<string, string, string, string> {
    if (this.closed) throw new Error('the Kafka bus is closed');
    this.producer ??= new Producer({
      clientId: this.clientId,
      bootstrapBrokers: this.brokers,
      serializers: stringSerializers,
      idempotent: true,
      acks: ProduceAcks.ALL,
      autocreateTopics: false,
      // Bounded: during an outage the send must fail so the outbox relay can back off and the
      // service can still stop; the outbox keeps the events and sends them again.
      retries: 5,
      retryDelay: 300,
    });
    return this.producer;
  }
}

/** The settings the bus sets on its topics and checks on existing ones. */
const CHECKED_CONFIGS = ['retention.ms', 'retention.bytes', 'min.insync.replicas'] as const;

/** One subscription: a consumer in the subscription's group, replaced by a fresh one when it fails. */
class KafkaSubscription {
  private consumer?: Consumer<string, string, string, string>;
  private stream?: MessagesStream<string, string, string, string>;
  private loop?: Promise<void>;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private readonly wakers = new Set<() => void>();
  /** The next offset this member expects per `topic:partition`, to notice a gap after a rebalance. */
  private readonly expected = new Map<string, bigint>();

  constructor(
    private readonly brokers: string[],
    private readonly clientId: string,
    private readonly sub: Subscription,
  ) {}

  async start(): Promise<void> {
    const consumer = new Consumer({
      clientId: this.clientId,
      bootstrapBrokers: this.brokers,
      groupId: this.sub.groupId,
      deserializers: stringDeserializers,
      // A broker outage longer than this makes the group forget the member; the stream then
      // fails, and a fresh consumer rejoins (see run).
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      // How long an idle fetch waits on the broker; stopping waits for the fetch in flight.
      maxWaitTime: 1000,
      autocommit: false,
      autocreateTopics: false,
      retries: 5,
      retryDelay: 300,
    });
    this.consumer = consumer;
    this.expected.clear();
    try {
      const stream = await consumer.consume({
        topics: this.sub.topics,
        // From the group's committed offsets; a group without any starts at the beginning, so a
        // new projection sees everything.
        mode: MessagesStreamModes.COMMITTED,
        fallbackMode: MessagesStreamFallbackModes.EARLIEST,
        autocommit: false,
      });
      this.stream = stream;
      this.loop = this.run(consumer, stream);
    } catch (err) {
      await consumer.close(true).catch(() => undefined);
      throw err;
    }
  }

  /** Lets the in-flight handler finish and commit, then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.wakers.forEach((wake) => wake());
    await this.stream?.close().catch(() => undefined);
    await this.loop?.catch(() => undefined);
    await this.consumer?.close(true).catch(() => undefined);
  }

  private async run(consumer: Consumer<string, string, string, string>, stream: MessagesStream<string, string, string, string>): Promise<void> {
    let failure: unknown;
    try {
      for await (const message of stream as AsyncIterable<Message<string, string, string, string>>) {
        if (this.stopping) break;
        const position = await this.position(consumer, message);
        if (position === 'skip') continue;
        if (position === 'gap') {
          failure = new Error(`${message.topic}[${message.partition}] went past offset ${this.expected.get(key(message))} unhandled`);
          break;
        }
        const ours = () => !this.stopping && owns(consumer, message.topic, message.partition);
        if (!ours()) continue; // a message fetched before a rebalance; the partition's new owner handles it
        if (!(await this.handleUntilDone(toDelivered(message), ours))) continue;
        try {
          await message.commit();
          this.expected.set(key(message), message.offset + 1n);
        } catch (err) {
          // Handled but not committed (e.g. a rebalance took the partition): it is delivered
          // again to whoever owns it, and the inbox makes the second delivery a no-op.
          failure = err;
          break;
        }
      }
    } catch (err) {
      failure = err;
    }
    if (this.stopping) return;
    logLimited(`[bus] ${this.sub.groupId}: consumer stopped, starting a new one in ${RESTART_BACKOFF_MS} ms: ${describe(failure)}`);
    await stream.close().catch(() => undefined);
    await consumer.close(true).catch(() => undefined);
    this.scheduleRestart();
  }

  /**
   * Where a message stands against what this member has handled: the next one ('handle'), one it
   * handled already ('skip'), or one past a message it skipped — a handler interrupted by a
   * rebalance ('gap'). A gap is fine when the group's committed offset says another member handled
   * those messages meanwhile; otherwise the stream restarts from the committed offsets, or the
   * skipped message would be lost.
   */
  private async position(consumer: Consumer<string, string, string, string>, message: Message<string, string, string, string>): Promise<'handle' | 'skip' | 'gap'> {
    const next = this.expected.get(key(message));
    if (next === undefined || message.offset === next) return 'handle';
    if (message.offset < next) return 'skip';
    const committed = await consumer.listCommittedOffsets({ topics: [{ topic: message.topic, partitions: [message.partition] }] });
    const at = committed.get(message.topic)?.[message.partition];
    if (at === undefined || at < 0n) return 'gap';
    this.expected.set(key(message), at);
    return message.offset < at ? 'skip' : message.offset === at ? 'handle' : 'gap';
  }

  /**
   * Runs the handler until it resolves. Returns false when the consumer stops (or loses the
   * partition) before that: the message then stays uncommitted and is delivered again.
   */
  private async handleUntilDone(message: DeliveredMessage, stillOurs: () => boolean): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.sub.handle(message);
        return true;
      } catch (err) {
        // No message contents here: events may be about people; the topic and offset find it.
        logger.error({ group: this.sub.groupId, topic: message.topic, offset: message.offset, attempt, reason: (err as Error).message }, 'event handler failed; retrying');
      }
      // The client heartbeats on its own timer, so the group keeps this member while we wait.
      const until = Date.now() + Math.min(100 * 2 ** attempt, MAX_BACKOFF_MS);
      while (Date.now() < until) {
        if (!stillOurs()) return false;
        await this.sleep(Math.min(until - Date.now(), 1000));
      }
      if (!stillOurs()) return false;
    }
  }

  private scheduleRestart(): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.start().catch((err) => {
        logLimited(`[bus] ${this.sub.groupId}: could not restart the consumer, trying again: ${describe(err)}`);
        this.scheduleRestart();
      });
    }, RESTART_BACKOFF_MS);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}

function key(message: { topic: string; partition: number }): string {
  return `${message.topic}:${message.partition}`;
}

function owns(consumer: Consumer<string, string, string, string>, topic: string, partition: number): boolean {
  return consumer.assignments?.some((a) => a.topic === topic && a.partitions.includes(partition)) ?? false;
}

function toDelivered(message: Message<string, string, string, string>): DeliveredMessage {
  return { topic: message.topic, offset: message.offset.toString(), key: message.key ?? '', value: message.value ?? '' };
}

/** Whether a client error (or one of the errors it aggregates) is this Kafka protocol error. */
function hasApiError(err: unknown, apiId: string): boolean {
  const e = err as { apiId?: string; errors?: unknown[] } | undefined;
  if (!e) return false;
  return e.apiId === apiId || (Array.isArray(e.errors) && e.errors.some((inner) => hasApiError(inner, apiId)));
}

/** An error's message and its causes' (the client wraps the broker's answer); never message contents. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err ?? 'the stream ended');
  const inner = (err as { errors?: unknown[] }).errors?.find((e) => e instanceof Error);
  const cause = (err.cause as Error | undefined) ?? inner;
  return cause ? `${err.message} (${cause.message})` : err.message;
}

const lastLogged = new Map<string, number>();
const REPEAT_MS = 30000;

/** The same line at most every 30 s: an outage retries many times a minute. */
function logLimited(line: string): void {
  const now = Date.now();
  if (now - (lastLogged.get(line) ?? 0) < REPEAT_MS) return;
  if (lastLogged.size > 200) lastLogged.clear();
  lastLogged.set(line, now);
  logger.error(line);
}
