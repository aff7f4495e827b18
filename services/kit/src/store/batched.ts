import DataLoader from 'dataloader';
import type { Collection, Doc } from './port';

/** Reads one document by id; `undefined` when there is none. */
export type ById<T> = (id: string) => Promise<T | undefined>;

/**
 * Reads by id that ask the store once for all ids asked in the same tick — a page of hits
 * resolving the same field — instead of once per id. Not cached beyond that: a mutation later in
 * the same operation must read what the one before it wrote.
 */
export function batchedById<T extends Doc>(collection: Collection<T>): ById<T> {
  return batched(async (ids) => {
    const found = new Map((await collection.find({ id: { in: [...new Set(ids)] } })).map((doc) => [doc.id, doc]));
    return ids.map((id) => found.get(id));
  });
}

/** Any per-key read, batched the same way: `load` gets every key asked in one tick, answers in order. */
export function batched<K, V>(load: (keys: readonly K[]) => Promise<V[]>): (key: K) => Promise<V> {
  const loader = new DataLoader<K, V>(load, { cache: false });
  return (key) => loader.load(key);
}

/**
 * One value per GraphQL request: `perRequest(make)(ctx)` makes it for the request's context object
 * on first use and hands the same one back for the rest of that request (per-request loaders).
 */
export function perRequest<T>(make: () => T): (ctx: object) => T {
  const made = new WeakMap<object, T>();
  return (ctx) => {
    let value = made.get(ctx);
    if (value === undefined) {
      value = make();
      made.set(ctx, value);
    }
    return value;
  };
}
