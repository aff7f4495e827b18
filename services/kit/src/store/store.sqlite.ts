import Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuplicateKeyError, StaleWriteError } from '../errors';
import type { ClearOptions, Collection, CollectionSpec, Doc, Filter, FindOptions, OutboxEntry, Store, WriteOptions } from './port';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const tableOf = (spec: CollectionSpec) => `c_${ident(spec.name)}`;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a safe identifier: ${name}`);
  return name;
}
const field = (name: string) => `json_extract(data, '$.${ident(name)}')`;
const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * Prepared statements kept per SQL text: preparing anew on every call was a visible share of the
 * embedded profile's CPU (bench/results/gateway.md). Bounded, because `IN (?, ?, …)` lists make a
 * new text per list length; a statement evicted is simply prepared again when next needed.
 */
const STATEMENT_CACHE_SIZE = 500;
type Prepare = (sql: string) => Database.Statement;

/** The embedded store: one SQLite file per service, documents as JSON, outbox in the same file. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly listeners: Array<() => void> = [];
  private readonly collections = new Map<string, SqliteCollection<Doc>>();
  private readonly statements = new LRUCache<string, Database.Statement>({ max: STATEMENT_CACHE_SIZE });
  private readonly prepare: Prepare = (sql) => {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  };

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // Erased personal data must not linger in free pages of the file (AVG/GDPR).
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT NOT NULL, key TEXT NOT NULL, event TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS inbox (event_id TEXT PRIMARY KEY, handled_at TEXT NOT NULL);
    `);
  }

  collection<T extends Doc>(spec: CollectionSpec): Collection<T> {
    let c = this.collections.get(spec.name);
    if (!c) {
      c = new SqliteCollection(this.db, this.prepare, spec, () => this.listeners.forEach((l) => l()));
      this.collections.set(spec.name, c);
    }
    return c as unknown as Collection<T>;
  }

  async pendingOutbox(limit: number): Promise<OutboxEntry[]> {
    const rows = this.prepare('SELECT seq, topic, key, event FROM outbox ORDER BY seq LIMIT ?').all(limit) as Array<{
      seq: number;
      topic: string;
      key: string;
      event: string;
    }>;
    return rows.map((r) => ({ ...r, seq: String(r.seq) }));
  }

  async outboxBacklog(): Promise<number> {
    return (this.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
  }

  async markRelayed(entries: OutboxEntry[]): Promise<void> {
    const del = this.prepare('DELETE FROM outbox WHERE seq = ?');
    this.db.transaction(() => entries.forEach((e) => del.run(Number(e.seq))))();
  }

  async hasHandled(eventId: string): Promise<boolean> {
    return this.prepare('SELECT 1 FROM inbox WHERE event_id = ?').get(eventId) !== undefined;
  }

  async markHandled(eventId: string): Promise<void> {
    this.prepare('INSERT OR IGNORE INTO inbox (event_id, handled_at) VALUES (?, ?)').run(eventId, new Date().toISOString());
  }

  onOutboxWrite(listener: () => void): void {
    this.listeners.push(listener);
  }

  async clear({ keep = [] }: ClearOptions = {}): Promise<void> {
    const kept = new Set(keep.map((spec) => tableOf(spec)));
    const tables = this.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as Array<{ name: string }>;
    this.db.transaction(() => {
      for (const t of tables) if (!kept.has(t.name)) this.db.exec(`DELETE FROM ${ident(t.name)}`);
      this.db.exec('DELETE FROM inbox; DELETE FROM outbox;');
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

class SqliteCollection<T extends Doc> implements Collection<T> {
  private readonly table: string;
  /** SQLite names the violated index in its message; we report it by its fields. */
  private readonly uniqueIndexes = new Map<string, string[]>();

  constructor(
    private readonly db: Database.Database,
    private readonly prepare: Prepare,
    spec: CollectionSpec,
    private readonly notifyOutbox: () => void,
  ) {
    this.table = tableOf(spec);
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL)`);
    for (const index of spec.indexes ?? []) {
      const name = `${this.table}_${index.fields.map(ident).join('_')}`;
      if (index.unique) this.uniqueIndexes.set(name, index.fields);
      db.exec(
        `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${this.table} (${index.fields.map(field).join(', ')})`,
      );
    }
  }

  async get(id: string): Promise<T | undefined> {
    const row = this.prepare(`SELECT data FROM ${this.table} WHERE id = ?`).get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const { where, params } = this.where(filter);
    let sql = `SELECT data FROM ${this.table}${where}`;
    if (options.sort) sql += ` ORDER BY ${field(options.sort.field)} ${options.sort.direction === 'desc' ? 'DESC' : 'ASC'}, id`;
    if (options.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(options.limit))}`;
    const rows = this.prepare(sql).all(...params) as Array<{ data: string }>;
    return rows.map((r) => JSON.parse(r.data) as T);
  }

  async count(filter: Filter = {}): Promise<number> {
    const { where, params } = this.where(filter);
    return (this.prepare(`SELECT COUNT(*) AS n FROM ${this.table}${where}`).get(...params) as { n: number }).n;
  }

  async insert(doc: T, options: WriteOptions = {}): Promise<T> {
    const stored = { ...doc, version: 1 };
    this.write(options, () => {
      this.prepare(`INSERT INTO ${this.table} (id, version, data) VALUES (?, 1, ?)`).run(doc.id, JSON.stringify(stored));
    });
    return stored;
  }

  async update(doc: T, options: WriteOptions = {}): Promise<T> {
    const expected = doc.version ?? 0;
    const stored = { ...doc, version: expected + 1 };
    this.write(options, () => {
      const result = this.prepare(`UPDATE ${this.table} SET version = ?, data = ? WHERE id = ? AND version = ?`)
        .run(stored.version, JSON.stringify(stored), doc.id, expected);
      if (result.changes !== 1) throw new StaleWriteError(this.table, doc.id);
    });
    return stored;
  }

  async put(doc: T): Promise<void> {
    const stored = { ...doc, version: doc.version ?? 1 };
    this.write({}, () => {
      this.prepare(`INSERT INTO ${this.table} (id, version, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data`)
        .run(doc.id, stored.version, JSON.stringify(stored));
    });
  }

  async delete(id: string, options: WriteOptions = {}): Promise<boolean> {
    let deleted = false;
    this.write(options, () => {
      deleted = this.prepare(`DELETE FROM ${this.table} WHERE id = ?`).run(id).changes === 1;
      return deleted; // no event for a change that did not happen
    });
    return deleted;
  }

  /** The state change and its outbox rows commit together or not at all; `change` returns false when nothing changed. */
  private write(options: WriteOptions, change: () => boolean | void): void {
    let events = options.events ?? [];
    const addOutbox = this.prepare('INSERT INTO outbox (topic, key, event) VALUES (?, ?, ?)');
    try {
      this.db.transaction(() => {
        if (change() === false) events = [];
        for (const e of events) addOutbox.run(e.topic, e.key, JSON.stringify(e.event));
      })();
    } catch (err) {
      const sqlErr = err as { code?: string; message?: string };
      if (sqlErr.code === 'SQLITE_CONSTRAINT_UNIQUE' || sqlErr.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new DuplicateKeyError(this.table, this.violatedIndex(sqlErr.message ?? ''));
      }
      throw err;
    }
    if (events.length > 0) this.notifyOutbox();
  }

  /** Names the unique index by its fields, the same way the MongoDB adapter does. */
  private violatedIndex(message: string): string {
    const named = /index '([^']+)'/.exec(message)?.[1];
    const fields = named ? this.uniqueIndexes.get(named) : undefined;
    return fields ? fields.join('+') : 'id';
  }

  private where(filter: Filter): { where: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const [key, value] of Object.entries(filter)) {
      const col = key === 'id' ? 'id' : field(key);
      if (value === null) clauses.push(`${col} IS NULL`);
      else if (typeof value === 'object' && 'in' in value) {
        if (value.in.length === 0) clauses.push('0');
        else {
          clauses.push(`${col} IN (${value.in.map(() => '?').join(', ')})`);
          params.push(...value.in);
        }
      } else {
        clauses.push(`${col} = ?`);
        params.push(sqlValue(value));
      }
    }
    return { where: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
  }
}
