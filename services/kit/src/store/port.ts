import type { OutgoingEvent } from '../events/envelope';

/**
 * The store port: a document store with one aggregate per write. A write carries the outbox events
 * of that state change, and the adapter stores both atomically, so no event is lost and none is
 * published for a change that did not happen. There is deliberately no transaction across
 * aggregates: FerretDB 1.x has none, and the use cases are written so they do not need one.
 */
export interface Doc {
  id: string;
  /** Managed by the store: 1 after insert, +1 per update. Used for optimistic concurrency. */
  version?: number;
}

export interface IndexSpec {
  fields: string[];
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes?: IndexSpec[];
}

/** Equality on top-level fields, or membership with `{ in: [...] }`. */
export type Filter = Record<string, string | number | boolean | null | { in: ReadonlyArray<string | number> }>;

export interface FindOptions {
  sort?: { field: string; direction: 'asc' | 'desc' };
  limit?: number;
}

export interface WriteOptions {
  events?: OutgoingEvent[];
}

export interface Collection<T extends Doc> {
  get(id: string): Promise<T | undefined>;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  /** Throws DuplicateKeyError when the id or a unique index is taken. */
  insert(doc: T, options?: WriteOptions): Promise<T>;
  /** Throws StaleWriteError unless `doc.version` is the stored version. */
  update(doc: T, options?: WriteOptions): Promise<T>;
  /** Last-writer-wins write for read models that guard order themselves. */
  put(doc: T): Promise<void>;
  delete(id: string, options?: WriteOptions): Promise<boolean>;
}

export interface ClearOptions {
  /** Collections that survive the clear, documents untouched. */
  keep?: readonly CollectionSpec[];
}

export interface OutboxEntry {
  seq: string;
  topic: string;
  key: string;
  event: string;
}

export interface Store {
  collection<T extends Doc>(spec: CollectionSpec): Collection<T>;
  /** Events written with state changes and not yet relayed to the bus, oldest first. */
  pendingOutbox(limit: number): Promise<OutboxEntry[]>;
  markRelayed(entries: OutboxEntry[]): Promise<void>;
  /** How many events wait in the outbox (/metrics; it also serves as the store's readiness probe). */
  outboxBacklog(): Promise<number>;
  /** The inbox: ids of events this service has already acted on. */
  hasHandled(eventId: string): Promise<boolean>;
  markHandled(eventId: string): Promise<void>;
  /** Called after every write that added outbox entries, so the relay need not poll hard. */
  onOutboxWrite(listener: () => void): void;
  /**
   * Drops everything (used to rebuild a projection from the log) but the collections in `keep`:
   * what people chose or were sent lives beside a projection and cannot be replayed. The record of
   * handled events always goes, so a replay acts again, and so do
   * unrelayed outbox events (a projection publishes none).
   */
  clear(options?: ClearOptions): Promise<void>;
  close(): Promise<void>;
}
