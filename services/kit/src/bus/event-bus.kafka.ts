import { Topics } from '@cb/contracts';
import { Kafka, Partitioners, logLevel, type Admin, type Consumer, type EachBatchPayload, type KafkaMessage, type LogEntry, type Producer } from 'kafkajs';
import { DEAD_LETTER_TOPIC } from '../events/consumer';
import type { BusMessage, DeliveredMessage, EventBus, RunningSubscription, Subscription } from './port';

// kafkajs is effectively unmaintained (STYLE.md): this file is the only one that imports it, so a
// switch to @confluentinc/kafka-javascript (KafkaJS-compatible API) touches nothing else.

export interface KafkaBusOptions {
  /** Partitions of the topics this bus creates. Per-key order holds with any number. */
  partitions?: number;
  /** 1 on a single broker (our compose file and the test broker); 3 on a real cluster. */
  replicationFactor?: number;
}

const MAX_BACKOFF_MS = 5000;
const RESTART_BACKOFF_MS = 2000;

/**
 * The distributed event bus on Kafka. Topics are created by the bus itself (the brokers do not
 * auto-create them): the marketplace's topics and the dead-letter topic on first use, and any other
 * topic the moment something publishes to it or subscribes to it.
 *
 * Delivery is at-least-once with per-key order: one consumer per subscription handles one message
 * at a time and commits its offset only after the handler resolved. A failing handler is retried
 * with backoff on the same message for as long as it takes (the consumer table in
 * events/consumer.ts dead-letters what can never succeed), so nothing is skipped.
 */
export class KafkaBus implements EventBus {
  private readonly kafka: Kafka;
  private readonly partitions: number;
  private readonly replicationFactor: number;
  private readonly knownTopics = new Set<string>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  private provisioned?: Promise<void>;
  private admin?: Promise<Admin>;
  private producer?: Promise<Producer>;
  /** One send at a time: kafkajs' idempotent producer breaks on concurrent sends (kafkajs#598). */
  private sending: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    brokers: string[],
    clientId = 'career-boost',
    options: KafkaBusOptions = {},
  ) {
    this.partitions = options.partitions ?? 3;
    this.replicationFactor = options.replicationFactor ?? 1;
    this.kafka = new Kafka({
      clientId,
      brokers,
      logLevel: logLevel.WARN,
      logCreator: () => logEntry,
      retry: { initialRetryTime: 300, retries: 5 },
    });
  }

  /** Creates the marketplace's topics and the dead-letter topic (idempotent; the runtime calls it at start). */
  provision(): Promise<void> {
    this.provisioned ??= this.createTopics([...Object.values(Topics), DEAD_LETTER_TOPIC]).catch((err) => {
      this.provisioned = undefined;
      throw err;
    });
    return this.provisioned;
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([topic]);
    const send = this.sending.then(async () => {
      const connecting = this.connectProducer();
      const producer = await connecting;
      try {
        await producer.send({ topic, acks: -1, messages: messages.map((m) => ({ key: m.key, value: m.value })) });
      } catch (err) {
        // A producer that failed may be out of step with the broker (sequence numbers of the
        // idempotent producer); a fresh one gets a new producer id. The outbox publishes again.
        if (this.producer === connecting) this.producer = undefined;
        producer.disconnect().catch(() => undefined);
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
    const running = new KafkaSubscription(this.kafka, subscription);
    this.subscriptions.add(running);
    for (let attempt = 1; ; attempt++) {
      try {
        await running.start();
        break;
      } catch (err) {
        // A topic created a moment ago may not be in every broker's metadata yet (retriable).
        if ((err as { retriable?: boolean }).retriable === true && attempt < 5 && !this.closed) {
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
   * is rebuilt before its consumer starts. (admin.setOffsets would do it too, but joins the group
   * once per topic and waits out an idle fetch each time: 5 s per topic.)
   */
  async rewind(groupId: string, topics: string[]): Promise<void> {
    await this.ensureTopics(topics);
    const admin = await this.connectAdmin();
    const [group] = (await admin.describeGroups([groupId])).groups;
    if (group && group.state !== 'Empty' && group.state !== 'Dead') {
      throw new Error(`cannot rewind consumer group ${groupId} while it has running members (state ${group.state})`);
    }
    const starts = await Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })));
    // A short-lived member of the group that commits the start offsets and leaves.
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      // kafkajs commits a seek (autoCommit, the default) at the start of the next fetch: wait
      // for a fetch that started after the seeks were placed. Paused partitions deliver nothing.
      let seeksPlaced = false;
      let fetchAfterSeeks = false;
      const committed = new Promise<void>((resolve) => {
        consumer.on(consumer.events.FETCH_START, () => void (fetchAfterSeeks ||= seeksPlaced));
        consumer.on(consumer.events.FETCH, () => fetchAfterSeeks && resolve());
      });
      await consumer.run({ eachBatchAutoResolve: false, eachBatch: async () => undefined }); // resolves once joined
      consumer.pause(topics.map((topic) => ({ topic })));
      for (const { topic, partitions } of starts) for (const p of partitions) consumer.seek({ topic, partition: p.partition, offset: p.low });
      seeksPlaced = true;
      await committed;
    } finally {
      await consumer.disconnect();
    }
    const now = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of starts) {
      for (const p of partitions) {
        const at = now.find((t) => t.topic === topic)?.partitions.find((x) => x.partition === p.partition)?.offset;
        if (at !== p.low) throw new Error(`rewinding ${groupId} on ${topic}[${p.partition}] left it at ${at}, not ${p.low}`);
      }
    }
  }

  /** Messages the group has not yet committed on these topics (the demo seed waits for 0). */
  async lag(groupId: string, topics: string[]): Promise<number> {
    await this.ensureTopics(topics);
    const admin = await this.connectAdmin();
    const committed = await admin.fetchOffsets({ groupId, topics });
    let total = 0;
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const mine = committed.find((c) => c.topic === topic)?.partitions ?? [];
      for (const end of ends) {
        const at = Number(mine.find((p) => p.partition === end.partition)?.offset ?? '-1');
        total += Number(end.high) - (at < 0 ? Number(end.low) : at);
      }
    }
    return total;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.sending;
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    await Promise.all([
      producer?.then((p) => p.disconnect()).catch(() => undefined),
      admin?.then((a) => a.disconnect()).catch(() => undefined),
    ]);
  }

  private async ensureTopics(topics: string[]): Promise<void> {
    await this.provision();
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length > 0) await this.createTopics(missing);
  }

  private async createTopics(topics: string[]): Promise<void> {
    const admin = await this.connectAdmin();
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((t) => !existing.has(t));
        if (missing.length > 0) {
          // Another process may create the same topics at the same moment: "already exists" is
          // fine (createTopics then answers false), and a topic made elsewhere keeps its settings.
          await admin.createTopics({
            topics: missing.map((topic) => ({ topic, numPartitions: this.partitions, replicationFactor: this.replicationFactor })),
          });
        }
        // kafkajs' own waitForLeaders gives up when a busy broker does not list a new topic in
        // its metadata yet (UNKNOWN_TOPIC_OR_PARTITION); that is only a matter of time.
        const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
        if (metadata.some((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0))) {
          throw Object.assign(new Error(`topics without a leader yet: ${topics.join(', ')}`), { retriable: true });
        }
        break;
      } catch (err) {
        if ((err as { retriable?: boolean }).retriable !== true || attempt >= 20 || this.closed) throw err;
        await new Promise((r) => setTimeout(r, Math.min(100 * attempt, 1000)));
      }
    }
    for (const t of topics) this.knownTopics.add(t);
  }

  private connectAdmin(): Promise<Admin> {
    if (this.closed) return Promise.reject(new Error('the Kafka bus is closed'));
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((err) => {
      this.admin = undefined;
      throw err;
    });
    return this.admin;
  }

  private connectProducer(): Promise<Producer> {
    if (this.closed) return Promise.reject(new Error('the Kafka bus is closed'));
    this.producer ??= (async () => {
      const producer = this.kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
        // Bounded, unlike kafkajs' idempotent default (retry forever): during an outage the
        // send must fail so the outbox relay can back off and the service can still stop.
        retry: { initialRetryTime: 300, retries: 5 },
      });
      await producer.connect();
      return producer;
    })().catch((err) => {
      this.producer = undefined;
      throw err;
    });
    return this.producer;
  }
}

/** One subscription: a kafkajs consumer in the subscription's group, replaced when it crashes for good. */
class KafkaSubscription {
  private consumer?: Consumer;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private restarting?: Promise<void>;
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly kafka: Kafka,
    private readonly sub: Subscription,
  ) {}

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.sub.groupId,
      // kafkajs' default (30 s). A broker outage longer than this makes the group forget the
      // member; the commit then fails, kafkajs crashes the consumer, and onCrash starts a new one.
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      // How long an idle fetch waits on the broker. Stopping waits for the fetch in flight, so
      // kafkajs' 5 s default would make every graceful stop take 5 s; new messages end the wait at once.
      maxWaitTimeInMs: 1000,
      allowAutoTopicCreation: false,
      // Every crash is restarted here, with a fresh consumer (see onCrash), not by kafkajs.
      retry: { initialRetryTime: 300, retries: 8, restartOnFailure: async () => false },
    });
    consumer.on(consumer.events.CRASH, (event) => this.onCrash(consumer, event.payload.error));
    this.consumer = consumer;
    try {
      await consumer.connect();
      // A group without committed offsets starts at the beginning: a new projection sees everything.
      await consumer.subscribe({ topics: this.sub.topics, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 1,
        eachBatch: (payload) => this.handleBatch(payload),
      });
    } catch (err) {
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
  }

  /** Lets the in-flight handler finish and commit, then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.wakers.forEach((wake) => wake());
    await this.restarting?.catch(() => undefined);
    await this.consumer?.disconnect().catch(() => undefined);
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (!isRunning() || isStale() || this.stopping) return;
      const delivered = toDelivered(batch.topic, message);
      if (!(await this.handleUntilDone(delivered, batch.partition, heartbeat, () => isRunning() && !isStale() && !this.stopping))) return;
      resolveOffset(message.offset);
      const next = (BigInt(message.offset) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }] });
      await heartbeat();
    }
  }

  /**
   * Runs the handler until it resolves. Returns false when the consumer stops (or loses the
   * partition) before that: the message then stays uncommitted and is delivered again.
   */
  private async handleUntilDone(
    message: DeliveredMessage,
    partition: number,
    heartbeat: () => Promise<void>,
    stillOurs: () => boolean,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.sub.handle(message);
        return true;
      } catch (err) {
        // No message contents here: events may be about people; the topic and offset find it.
        console.error(
          `[bus] ${this.sub.groupId}: handler failed on ${message.topic}[${partition}]@${message.offset} (attempt ${attempt}), retrying: ${(err as Error).message}`,
        );
      }
      const until = Date.now() + Math.min(100 * 2 ** attempt, MAX_BACKOFF_MS);
      while (Date.now() < until) {
        if (!stillOurs()) return false;
        await this.sleep(Math.min(until - Date.now(), 1000));
        // Keeps the group membership alive while we wait; a rebalance surfaces here as an error
        // and kafkajs rejoins, after which the partition's owner fetches this message again.
        await heartbeat();
      }
      if (!stillOurs()) return false;
    }
  }

  /**
   * kafkajs gives up on a consumer after retries run out (a broker outage) and on non-retriable
   * errors such as "The coordinator is not aware of this member" after an outage longer than the
   * session timeout. A new consumer rejoins the group and goes on from the committed offsets.
   */
  private onCrash(consumer: Consumer, error: Error): void {
    if (this.stopping || consumer !== this.consumer) return;
    logLimited(`[bus] ${this.sub.groupId}: consumer crashed, starting a new one in ${RESTART_BACKOFF_MS} ms: ${error.message}`);
    this.scheduleRestart(consumer);
  }

  private scheduleRestart(crashed: Consumer): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.restarting = (async () => {
        await crashed.disconnect().catch(() => undefined);
        if (this.stopping) return;
        try {
          await this.start();
        } catch (err) {
          console.error(`[bus] ${this.sub.groupId}: could not restart the consumer, trying again: ${(err as Error).message}`);
          const failed = this.consumer;
          if (failed) this.scheduleRestart(failed);
        }
      })();
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

function toDelivered(topic: string, message: KafkaMessage): DeliveredMessage {
  return { topic, offset: message.offset, key: message.key?.toString('utf8') ?? '', value: message.value?.toString('utf8') ?? '' };
}

/** kafkajs' own log lines at WARN and above; never message keys or values (they may concern people). */
function logEntry({ namespace, level, log }: LogEntry): void {
  if (level > logLevel.WARN) return;
  // We bound the idempotent producer's retries on purpose (see connectProducer).
  if (log.message.startsWith('Limiting retries for the idempotent producer')) return;
  // kafkajs logs every failed connection attempt and every error response here, also the ones it
  // retries (a broker that is down, a coordinator still loading) or that mean nothing (a topic that
  // exists). What is not handled reaches us as an exception or a consumer crash and is logged there.
  if (namespace === 'Connection' || namespace === 'BrokerPool') return;
  const cause = typeof log.error === 'string' ? `: ${log.error}` : '';
  logLimited(`[kafkajs ${level === logLevel.ERROR ? 'error' : 'warn'}] ${namespace}: ${log.message}${cause}`);
}

const lastLogged = new Map<string, number>();
const REPEAT_MS = 30000;

/** The same line at most every 30 s: an outage retries many times a minute. */
function logLimited(line: string): void {
  const now = Date.now();
  if (now - (lastLogged.get(line) ?? 0) < REPEAT_MS) return;
  if (lastLogged.size > 200) lastLogged.clear();
  lastLogged.set(line, now);
  console.error(line);
}
