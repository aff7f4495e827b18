import { StaleWriteError } from '../errors';
import type { Collection, Doc } from './port';
import type { OutgoingEvent } from '../events/envelope';

/**
 * Optimistic concurrency without transactions: read, decide, write if nobody wrote in between, else
 * decide again on the fresh document (up to `attempts` times). `change` returns the next document
 * with its events, or undefined to leave the document as it is; a DomainError it throws reaches the
 * caller. Undefined when there is no such document.
 */
export async function updateWithRetry<T extends Doc>(
  collection: Collection<T>,
  id: string,
  change: (current: T) => { doc: T; events?: OutgoingEvent[] } | undefined,
  attempts = 20,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await collection.get(id);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    try {
      return await collection.update(next.doc, { events: next.events });
    } catch (err) {
      if (!(err instanceof StaleWriteError) || attempt >= attempts) throw err;
    }
  }
}
