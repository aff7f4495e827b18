import { randomBytes } from 'node:crypto';
import * as mongo from 'mongodb';
import { DuplicateKeyError, StaleWriteError } from '../errors';
import type { OutgoingEvent } from '../events/envelope';
import type { ClearOptions, Collection, CollectionSpec, Doc, Filter, FindOptions, IndexSpec, OutboxEntry, Store, WriteOptions } from './port';

/**
 * The distributed store: MongoDB through the official `mongodb` driver, one database per service, one MongoDB collection
 * per store collection, documents stored with `_id` = the document's id.
 *
 * Neither MongoDB without a replica set nor FerretDB 1.x has transactions, so the outbox lives in
 * the aggregate's own document: a write appends its events to the document's `_outbox` array in
 * the same single-document write that changes the state. The relay finds documents with pending
 * entries, publishes them in `seq` order and pulls them out again. A delete that carries events (or
 * finds events still pending) leaves a tombstone — only `_id`, `_deleted` and `_outbox`, the
 * personal data is gone at once — which is removed when its last event is relayed. Reads never
 * return tombstones.
 *
 * Unique indexes are created `sparse`: a tombstone has none of the indexed fields, so it holds no
 * key and the seat it freed can be taken again at once. (FerretDB 1.24 does not implement partial
 * indexes; it accepts `sparse`, and its SQLite unique indexes never collide on absent fields.)
 *
 * Concurrency: on MongoDB every write is a single conditional update (`{_id, version}` filters,
 * `$push`/`$pullAll` on the outbox), so writers in different processes cannot lose each other's
 * changes. FerretDB 1.x runs an update as read-then-write outside one transaction (concurrent
 * updates of one document can lose each other), so this adapter also runs all writes to one
 * document one at a time within the process. Writers to one document from several processes are
 * safe only on MongoDB; unique-index inserts (the capacity rule, DESIGN.md §4) are atomic on both.
 */
export class MongoStore implements Store {
  private readonly listeners: Array<() => void> = [];
  private readonly collections = new Map<string, MongoCollection<Doc>>();
  private readonly locks = new KeyedLock();
  private readonly clock = new SeqClock();

  private constructor(
    private readonly client: mongo.MongoClient,
    private readonly db: mongo.Db,
  ) {}

  /** Connects to `url` and uses database `dbName` (one per service). */
  static async connect(url: string, dbName: string): Promise<MongoStore> {
    // The driver, not mongoose: the store port is schemaless on purpose (the domain validates its
    // documents with zod before they get here), so mongoose's schemas would only be a second,
    // weaker copy of those rules — and mongoose was only ever used to open this connection.
    const client = new mongo.MongoClient(url, {
      // A property set to undefined means "absent", as in the JSON of the embedded store.
      ignoreUndefined: true,
      serverSelectionTimeoutMS: 10000,
    });
    await client.connect();
    return new MongoStore(client, client.db(dbName));
  }

  collection<T extends Doc>(spec: CollectionSpec): Collection<T> {
    let c = this.collections.get(spec.name);
    if (!c) {
      if (!IDENT.test(spec.name) || spec.name === INBOX) throw new Error(`not a usable collection name: ${spec.name}`);
      c = new MongoCollection(this.db.collection<Raw>(spec.name), spec, {
        locks: this.locks,
        clock: this.clock,
        notifyOutbox: () => this.listeners.forEach((l) => l()),
      });
      this.collections.set(spec.name, c);
    }
    return c as unknown as Collection<T>;
  }

  async pendingOutbox(limit: number): Promise<OutboxEntry[]> {
    const pending: Array<{ collection: string; id: string; entry: StoredOutboxEntry }> = [];
    // Every collection of the database, not only the ones opened in this process: after a restart
    // the relay may run before a collection is opened again.
    for (const { name, docs } of await this.docsWithOutbox()) {
      for (const doc of docs) for (const entry of doc[OUTBOX] ?? []) pending.push({ collection: name, id: doc._id, entry });
    }
    pending.sort((a, b) => (a.entry.seq < b.entry.seq ? -1 : a.entry.seq > b.entry.seq ? 1 : 0));
    return pending.slice(0, Math.max(0, limit)).map(({ collection, id, entry }) => ({
      seq: encodeSeq(entry.seq, collection, id),
      topic: entry.topic,
      key: entry.key,
      event: entry.event,
    }));
  }

  async outboxBacklog(): Promise<number> {
    let n = 0;
    for (const { docs } of await this.docsWithOutbox()) for (const doc of docs) n += doc[OUTBOX]?.length ?? 0;
    return n;
  }

  async markRelayed(entries: OutboxEntry[]): Promise<void> {
    const byDoc = new Map<string, { collection: string; id: string; stored: StoredOutboxEntry[] }>();
    for (const e of entries) {
      const { seq, collection, id } = decodeSeq(e.seq);
      const k = `${collection}/${id}`;
      const group = byDoc.get(k) ?? { collection, id, stored: [] };
      group.stored.push(storedEntry(seq, e.topic, e.key, e.event));
      byDoc.set(k, group);
    }
    for (const [k, { collection, id, stored }] of byDoc) {
      await this.locks.run(k, async () => {
        const native = this.db.collection<Raw>(collection);
        // Exact-element $pullAll: FerretDB 1.24 ignores $pull with a condition on a field.
        await native.updateOne({ _id: id }, { $pullAll: { _outbox: stored } });
        const after = await native.findOne({ _id: id }, { projection: { [DELETED]: 1, [OUTBOX]: 1 } });
        if (after?.[DELETED] && !after[OUTBOX]?.length) {
          // The condition repeats the check, so a tombstone that got new events (or a revived
          // document) written in between is kept.
          await native.deleteOne({ _id: id, [DELETED]: true, [`${OUTBOX}.seq`]: { $exists: false } });
        }
      });
    }
  }

  async hasHandled(eventId: string): Promise<boolean> {
    return (await this.db.collection<InboxEntry>(INBOX).findOne({ _id: eventId })) !== null;
  }

  async markHandled(eventId: string): Promise<void> {
    try {
      await this.db.collection<InboxEntry>(INBOX).insertOne({ _id: eventId, handledAt: new Date().toISOString() });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  onOutboxWrite(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Empties every collection of the service's database (indexes stay), the inbox included. */
  async clear({ keep = [] }: ClearOptions = {}): Promise<void> {
    const kept = new Set(keep.map((spec) => spec.name));
    for (const name of await this.collectionNames()) if (!kept.has(name)) await this.db.collection(name).deleteMany({});
  }

  async close(): Promise<void> {
    await Promise.all([...this.collections.values()].map((c) => c.ready.catch(() => undefined)));
    await this.client.close();
  }

  /** Per collection (the inbox aside), its documents that hold outbox entries, with only those entries. */
  private async docsWithOutbox(): Promise<Array<{ name: string; docs: Stored[] }>> {
    // All collections at once: one after the other, the relay's scan cost a round trip per
    // collection before the first event could go out (issue 13).
    const names = (await this.collectionNames()).filter((name) => name !== INBOX);
    return Promise.all(
      names.map(async (name) => ({
        name,
        docs: await this.db
          .collection<Stored>(name)
          .find({ [`${OUTBOX}.seq`]: { $exists: true } }, { projection: { [OUTBOX]: 1 } })
          .toArray(),
      })),
    );
  }

  private async collectionNames(): Promise<string[]> {
    const list = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return list.map((c) => c.name).filter((n) => !n.startsWith('system.'));
  }
}

const OUTBOX = '_outbox';
const DELETED = '_deleted';
const INBOX = '_inbox';
const INTERNAL = new Set(['_id', OUTBOX, DELETED, '__v']);
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const MAX_RETRIES = 10;

interface StoredOutboxEntry {
  seq: string;
  topic: string;
  key: string;
  event: string;
}

interface Stored {
  _id: string;
  version?: number;
  _deleted?: true;
  _outbox?: StoredOutboxEntry[];
  [field: string]: unknown;
}

/** What the driver's types need to know of a stored document; the domain's fields come on top. */
interface Raw {
  _id: string;
  version?: number;
  _deleted?: true;
  _outbox?: StoredOutboxEntry[];
}

interface InboxEntry {
  _id: string;
  handledAt: string;
}

interface CollectionContext {
  locks: KeyedLock;
  clock: SeqClock;
  notifyOutbox: () => void;
}

class MongoCollection<T extends Doc> implements Collection<T> {
  readonly ready: Promise<void>;
  private readonly uniqueIndexes: Array<{ name: string; fields: string[] }>;

  constructor(
    private readonly native: mongo.Collection<Raw>,
    private readonly spec: CollectionSpec,
    private readonly ctx: CollectionContext,
  ) {
    this.uniqueIndexes = (spec.indexes ?? []).filter((i) => i.unique).map((i) => ({ name: indexName(i), fields: i.fields }));
    this.ready = this.createIndexes();
    this.ready.catch(() => undefined); // surfaced by the first operation that awaits it
  }

  async get(id: string): Promise<T | undefined> {
    await this.ready;
    // By _id alone: FerretDB pushes only that filter down to its SQLite table.
    const stored = await this.native.findOne({ _id: id });
    return stored && !stored[DELETED] ? toDoc<T>(stored) : undefined;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    await this.ready;
    if (options.limit !== undefined && Math.floor(options.limit) <= 0) return []; // Mongo reads limit 0 as "no limit"
    let cursor = this.native.find(toQuery(filter));
    if (options.sort) cursor = cursor.sort({ [mongoField(options.sort.field)]: options.sort.direction === 'desc' ? -1 : 1, _id: 1 });
    if (options.limit !== undefined) cursor = cursor.limit(Math.floor(options.limit));
    return (await cursor.toArray()).map((d) => toDoc<T>(d));
  }

  async count(filter: Filter = {}): Promise<number> {
    await this.ready;
    return this.native.countDocuments(toQuery(filter));
  }

  async insert(doc: T, options: WriteOptions = {}): Promise<T> {
    await this.ready;
    const events = options.events ?? [];
    await this.locked(doc.id, async () => {
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const entries = this.outboxEntries(events);
        try {
          await this.native.insertOne({ ...fieldsOf(doc), _id: doc.id, version: 1, ...(entries.length ? { [OUTBOX]: entries } : {}) });
          return;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.native.findOne({ _id: doc.id });
          if (!existing?.[DELETED]) throw await this.duplicateKeyError(err, doc);
          // The id is held by a tombstone; if it went away meanwhile, the insert is tried again.
          if (await this.revive(doc, existing, events)) return;
        }
      }
      throw new StaleWriteError(this.spec.name, doc.id);
    });
    if (events.length > 0) this.ctx.notifyOutbox();
    return { ...doc, version: 1 };
  }

  async update(doc: T, options: WriteOptions = {}): Promise<T> {
    await this.ready;
    const events = options.events ?? [];
    const expected = doc.version ?? 0;
    const next = { ...fieldsOf(doc), version: expected + 1 };
    await this.locked(doc.id, async () => {
      const current = await this.native.findOne({ _id: doc.id });
      if (!current || current[DELETED] || current.version !== expected) throw new StaleWriteError(this.spec.name, doc.id);
      const entries = this.outboxEntries(events, current);
      const change: mongo.UpdateFilter<Raw> = { $set: next };
      const gone = removedFields(current, next);
      if (gone.length) change.$unset = Object.fromEntries(gone.map((f) => [f, '']));
      if (entries.length) change.$push = { _outbox: { $each: entries } };
      const result = await this.native.updateOne({ _id: doc.id, version: expected }, change).catch((err) => this.rethrow(err, doc));
      if (result.matchedCount !== 1) throw new StaleWriteError(this.spec.name, doc.id);
    });
    if (events.length > 0) this.ctx.notifyOutbox();
    return { ...doc, version: expected + 1 };
  }

  async put(doc: T): Promise<void> {
    await this.ready;
    const next = { ...fieldsOf(doc), version: doc.version ?? 1 };
    await this.locked(doc.id, async () => {
      const current = await this.native.findOne({ _id: doc.id });
      // An update, not a replacement: events still pending in the document's outbox must survive.
      const change: mongo.UpdateFilter<Raw> = { $set: next };
      const gone = current ? removedFields(current, next) : [];
      if (current?.[DELETED]) gone.push(DELETED);
      if (gone.length) change.$unset = Object.fromEntries(gone.map((f) => [f, '']));
      await this.native.updateOne({ _id: doc.id }, change, { upsert: true }).catch((err) => this.rethrow(err, doc));
    });
  }

  async delete(id: string, options: WriteOptions = {}): Promise<boolean> {
    await this.ready;
    const events = options.events ?? [];
    const deleted = await this.locked(id, async () => {
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const current = await this.native.findOne({ _id: id });
        // Nothing changed, so no events either (the port: none for a change that did not happen).
        if (!current || current[DELETED]) return false;
        const filter = { _id: id, version: current.version };
        if (events.length === 0 && !current[OUTBOX]?.length) {
          const result = await this.native.deleteOne({ ...filter, [`${OUTBOX}.seq`]: { $exists: false } });
          if (result.deletedCount === 1) return true;
          continue;
        }
        // The tombstone keeps only what the relay still needs; every other field goes now.
        const entries = this.outboxEntries(events, current);
        const fields = Object.keys(current).filter((f) => !INTERNAL.has(f));
        const change: mongo.UpdateFilter<Raw> = { $set: { [DELETED]: true } };
        if (fields.length) change.$unset = Object.fromEntries(fields.map((f) => [f, '']));
        if (entries.length) change.$push = { _outbox: { $each: entries } };
        const result = await this.native.updateOne(filter, change);
        if (result.matchedCount === 1) return true;
      }
      throw new StaleWriteError(this.spec.name, id);
    });
    if (deleted && events.length > 0) this.ctx.notifyOutbox();
    return deleted;
  }

  /** Inserting over a tombstone whose events are still pending: the new document takes them over. */
  private async revive(doc: T, tombstone: Stored, events: OutgoingEvent[]): Promise<boolean> {
    const entries = [...(tombstone[OUTBOX] ?? []), ...this.outboxEntries(events, tombstone)];
    const replacement: Stored = { ...fieldsOf(doc), _id: doc.id, version: 1, ...(entries.length ? { [OUTBOX]: entries } : {}) };
    const result = await this.native.replaceOne({ _id: doc.id, [DELETED]: true }, replacement).catch((err) => this.rethrow(err, doc));
    return result.matchedCount === 1;
  }

  private outboxEntries(events: OutgoingEvent[], current?: Stored): StoredOutboxEntry[] {
    // A document's entries must stay in order even if another process's clock is ahead of ours.
    const last = current?.[OUTBOX]?.at(-1);
    if (last) this.ctx.clock.observe(last.seq);
    return events.map((e) => storedEntry(this.ctx.clock.next(), e.topic, e.key, JSON.stringify(e.event)));
  }

  private locked<R>(id: string, fn: () => Promise<R>): Promise<R> {
    return this.ctx.locks.run(`${this.spec.name}/${id}`, fn);
  }

  private async rethrow(err: unknown, doc: Doc): Promise<never> {
    if (isDuplicateKey(err)) throw await this.duplicateKeyError(err, doc);
    throw err;
  }

  /**
   * Names the violated index by its fields ('assignmentId+seatNo', or 'id'), as the SQLite store
   * does. MongoDB says which index in the error; FerretDB 1.24 does not on insert, so then we look.
   */
  private async duplicateKeyError(err: unknown, doc: Doc): Promise<DuplicateKeyError> {
    const e = err as { keyPattern?: Record<string, unknown>; message?: string };
    if (e.keyPattern && Object.keys(e.keyPattern).length > 0) {
      return new DuplicateKeyError(this.spec.name, Object.keys(e.keyPattern).map(storeField).join('+'));
    }
    const message = e.message ?? '';
    if (/index: _id_ |_id_'/.test(message)) return new DuplicateKeyError(this.spec.name, 'id');
    const named = this.uniqueIndexes.find((i) => message.includes(`index: ${i.name} `) || message.includes(`_${i.name}'`));
    if (named) return new DuplicateKeyError(this.spec.name, named.fields.join('+'));
    const byId = await this.native.findOne({ _id: doc.id });
    if (byId && !byId[DELETED]) return new DuplicateKeyError(this.spec.name, 'id');
    const values = doc as unknown as Record<string, unknown>;
    for (const index of this.uniqueIndexes) {
      const query: Record<string, unknown> = { _id: { $ne: doc.id } };
      for (const f of index.fields) query[mongoField(f)] = values[f] ?? null;
      if (await this.native.findOne(query as mongo.Filter<Raw>)) return new DuplicateKeyError(this.spec.name, index.fields.join('+'));
    }
    return new DuplicateKeyError(this.spec.name, this.uniqueIndexes[0]?.fields.join('+') ?? 'id');
  }

  private async createIndexes(): Promise<void> {
    // Lets the relay find documents with pending events without reading the whole collection.
    await this.native.createIndex({ [`${OUTBOX}.seq`]: 1 }, { name: 'pending_outbox', sparse: true });
    for (const index of this.spec.indexes ?? []) {
      const keys = Object.fromEntries(index.fields.map((f) => [mongoField(f), 1 as const]));
      await this.native.createIndex(keys, index.unique ? { name: indexName(index), unique: true, sparse: true } : { name: indexName(index) });
    }
  }
}

function indexName(index: IndexSpec): string {
  return `${index.unique ? 'unique' : 'by'}_${index.fields.join('_')}`;
}

const mongoField = (f: string) => (f === 'id' ? '_id' : f);
const storeField = (f: string) => (f === '_id' ? 'id' : f);

function toQuery(filter: Filter): mongo.Filter<Raw> {
  const query: Record<string, unknown> = { [DELETED]: { $exists: false } };
  for (const [field, value] of Object.entries(filter)) {
    query[mongoField(field)] = value !== null && typeof value === 'object' && 'in' in value ? { $in: [...value.in] } : value;
  }
  return query;
}

/** The document's own fields, without its id (stored as `_id`) and without undefined values. */
function fieldsOf(doc: Doc): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (k !== 'id' && v !== undefined) fields[k] = v;
  return fields;
}

function removedFields(current: Stored, next: Record<string, unknown>): string[] {
  return Object.keys(current).filter((f) => !INTERNAL.has(f) && !(f in next));
}

function toDoc<T>(stored: Stored): T {
  const doc: Record<string, unknown> = { id: stored._id };
  for (const [k, v] of Object.entries(stored)) if (!INTERNAL.has(k)) doc[k] = v;
  return doc as T;
}

/** Field order matters: $pullAll matches whole elements, and BSON documents compare in order. */
function storedEntry(seq: string, topic: string, key: string, event: string): StoredOutboxEntry {
  return { seq, topic, key, event };
}

/** The relay hands entries back by seq; ours also say where the entry lives. */
function encodeSeq(seq: string, collection: string, id: string): string {
  return `${seq}|${collection}|${id}`;
}

function decodeSeq(encoded: string): { seq: string; collection: string; id: string } {
  const first = encoded.indexOf('|');
  const second = encoded.indexOf('|', first + 1);
  if (first < 0 || second < 0) throw new Error(`not an outbox seq of this store: ${encoded}`);
  return { seq: encoded.slice(0, first), collection: encoded.slice(first + 1, second), id: encoded.slice(second + 1) };
}

function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (e?.code === 11000 || e?.code === 11001) return true;
  // FerretDB 1.24 reports a unique index violated by an update as a generic error (code 1).
  return typeof e?.message === 'string' && /E11000|UNIQUE constraint failed/.test(e.message);
}

/**
 * Outbox sequence numbers: milliseconds, a counter within the millisecond and a process tag, fixed
 * width so that they sort as strings, increasing within the process, and pushed past any seq seen
 * in a document so that one document's events stay in order across processes.
 */
class SeqClock {
  private ms = 0;
  private n = 0;
  private readonly tag = randomBytes(4).toString('hex');

  next(): string {
    const now = Date.now();
    if (now > this.ms) {
      this.ms = now;
      this.n = 0;
    } else this.n++;
    return `${String(this.ms).padStart(15, '0')}.${String(this.n).padStart(9, '0')}.${this.tag}`;
  }

  observe(seq: string): void {
    const [ms, n] = seq.split('.').map(Number);
    if (!Number.isFinite(ms) || !Number.isFinite(n)) return;
    if (ms > this.ms || (ms === this.ms && n > this.n)) {
      this.ms = ms;
      this.n = n;
    }
  }
}

/** Runs async work one at a time per key (writes to one document), concurrently across keys. */
class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<R>(key: string, fn: () => Promise<R>): Promise<R> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
