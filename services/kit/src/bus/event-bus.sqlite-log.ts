import { logger } from '../observability/logger';
import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BusMessage, DeliveredMessage, EventBus, RunningSubscription, Subscription } from './port';

const BATCH = 200;
const IDLE_POLL_MS = 1000;

/**
 * The embedded event bus: a durable, append-only log in one SQLite file with Kafka's semantics —
 * topics, consumer groups whose committed offsets survive restarts, at-least-once delivery, replay.
 * Each topic is one partition, so per-key order holds trivially. It is honest about its limit: it
 * is meant for one process (the embedded profile); several processes get Kafka.
 */
export class SqliteLogBus implements EventBus {
  private readonly db: Database.Database;
  private readonly wake = new EventEmitter();
  private readonly running = new Set<SqliteLogConsumer>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS log (topic TEXT NOT NULL, offset INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (topic, offset));
      CREATE TABLE IF NOT EXISTS committed (group_id TEXT NOT NULL, topic TEXT NOT NULL, offset INTEGER NOT NULL, PRIMARY KEY (group_id, topic));
    `);
    this.wake.setMaxListeners(0);
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    const next = this.db.prepare('SELECT COALESCE(MAX(offset), -1) + 1 AS n FROM log WHERE topic = ?');
    const append = this.db.prepare('INSERT INTO log (topic, offset, key, value) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      let offset = (next.get(topic) as { n: number }).n;
      for (const m of messages) append.run(topic, offset++, m.key, m.value);
    }).immediate();
    this.wake.emit('append');
  }

  async subscribe(subscription: Subscription): Promise<RunningSubscription> {
    const consumer = new SqliteLogConsumer(this.db, this.wake, subscription);
    this.running.add(consumer);
    consumer.start();
    return {
      stop: async () => {
        this.running.delete(consumer);
        await consumer.stop();
      },
    };
  }

  async rewind(groupId: string, topics: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM committed WHERE group_id = ? AND topic = ?');
    this.db.transaction(() => topics.forEach((t) => del.run(groupId, t)))();
  }

  /** Messages the group has not yet committed on these topics (the seed waits for 0). */
  async lag(groupId: string, topics: string[]): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM log l WHERE l.topic = ? AND l.offset > COALESCE((SELECT offset FROM committed c WHERE c.group_id = ? AND c.topic = l.topic), -1)');
    let total = 0;
    for (const t of topics) total += (row.get(t, groupId) as { n: number }).n;
    return total;
  }

  /** Messages in a topic (tests and the admin tools use it to see the whole log). */
  async size(topic: string): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM log WHERE topic = ?').get(topic) as { n: number }).n;
  }

  async close(): Promise<void> {
    await Promise.all([...this.running].map((c) => c.stop()));
    this.running.clear();
    if (this.db.open) this.db.close();
  }
}

class SqliteLogConsumer {
  private stopped = false;
  private loop?: Promise<void>;
  private pendingWake?: () => void;
  /** Set by an append that arrived while we were busy, so the next sleep is skipped. */
  private appended = false;

  constructor(
    private readonly db: Database.Database,
    private readonly wake: EventEmitter,
    private readonly sub: Subscription,
  ) {}

  start(): void {
    const onAppend = () => {
      this.appended = true;
      this.pendingWake?.();
    };
    this.wake.on('append', onAppend);
    this.loop = this.run().finally(() => this.wake.off('append', onAppend));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.pendingWake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const read = this.db.prepare('SELECT topic, offset, key, value FROM log WHERE topic = ? AND offset > ? ORDER BY offset LIMIT ?');
    const committedOf = this.db.prepare('SELECT offset FROM committed WHERE group_id = ? AND topic = ?');
    const commit = this.db.prepare(
      'INSERT INTO committed (group_id, topic, offset) VALUES (?, ?, ?) ON CONFLICT(group_id, topic) DO UPDATE SET offset = excluded.offset',
    );
    let attempt = 0;
    while (!this.stopped) {
      let delivered = 0;
      this.appended = false;
      try {
        for (const topic of this.sub.topics) {
          const from = (committedOf.get(this.sub.groupId, topic) as { offset: number } | undefined)?.offset ?? -1;
          const rows = read.all(topic, from, BATCH) as Array<{ topic: string; offset: number; key: string; value: string }>;
          for (const row of rows) {
            if (this.stopped || !this.db.open) return;
            const message: DeliveredMessage = { topic: row.topic, offset: String(row.offset), key: row.key, value: row.value };
            await this.sub.handle(message);
            commit.run(this.sub.groupId, topic, row.offset);
            delivered++;
          }
        }
        attempt = 0;
      } catch (err) {
        if (!this.db.open) return;
        // The message stays uncommitted and is delivered again after a backoff (at-least-once).
        attempt++;
        logger.error({ group: this.sub.groupId, attempt, reason: (err as Error).message }, 'event handler failed; retrying');
        await this.sleep(Math.min(100 * 2 ** attempt, 5000));
        continue;
      }
      if (delivered === 0 && !this.appended) await this.sleep(IDLE_POLL_MS);
    }
  }

  /** Sleeps until the timeout, a new append, or stop. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pendingWake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pendingWake = done;
    });
  }
}
