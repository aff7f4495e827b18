import { createHash } from 'node:crypto';
import { amsterdamDate } from '@cb/contracts';
import { DuplicateKeyError, StaleWriteError } from '@cb/kit';
import type { Owner } from '../domain/notification';
import type { DigestItem } from '../domain/preferences';
import { pendingMail } from '../mail/outbox';
import type { InboxUseCases } from './inbox';

/** The n-th digest of one person's day (n > 0 only for a notification that came in as the day turned). */
const digestId = (owner: Owner, day: string, n: number) =>
  `dig_${createHash('sha256').update(`${owner.kind}|${owner.id}|${day}|${n}`).digest('base64url').slice(0, 27)}`;

/**
 * The daily digest (Europe/Amsterdam days): once a day is over, each person's notifications of that
 * day that they chose to get as a digest become one mail in the outbox, and the relay sends it like
 * any other — never lost (the queue keeps them until a digest holds them), never twice (a digest's
 * id is its owner and day, so a pass repeated after a crash finds it there and adds nothing).
 * A scan of the stored queue, so a day that ended while the service was down is sent at start.
 */
export class DailyDigest {
  constructor(
    private readonly inbox: InboxUseCases,
    private readonly clock: () => Date = () => new Date(),
    private readonly mailQueued: () => void = () => undefined,
  ) {}

  /** Queues the digests of every day before today; returns how many mails it queued. */
  async run(): Promise<number> {
    const today = amsterdamDate(this.clock());
    const due = (await this.inbox.digestQueue.find({ status: 'PENDING' })).filter((item) => item.day < today);
    const groups = new Map<string, DigestItem[]>();
    for (const item of due) {
      const key = `${item.ownerKind}|${item.ownerId}|${item.day}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    let queued = 0;
    for (const items of groups.values()) {
      if (await this.gather(items)) queued += 1;
      for (const item of items) await this.inbox.digestQueue.put({ ...item, status: 'MAILED' });
    }
    if (queued > 0) this.mailQueued();
    return queued;
  }

  /** Puts one owner's day into a digest: the day's first, or (if that one is sent already) the next. */
  private async gather(items: DigestItem[]): Promise<boolean> {
    const [{ ownerKind, ownerId, day }] = items;
    const ids = items.map((i) => i.id);
    for (let n = 0; ; n++) {
      const id = digestId({ kind: ownerKind, id: ownerId }, day, n);
      const existing = await this.inbox.mail.get(id);
      const held = new Set(existing?.digest?.notificationIds ?? []);
      const missing = ids.filter((i) => !held.has(i));
      if (missing.length === 0) return false; // a pass before a crash got this far
      try {
        if (!existing) {
          await this.inbox.mail.insert(pendingMail(id, { kind: ownerKind, id: ownerId }, this.clock(), { day, notificationIds: ids }));
          return true;
        }
        // Not yet claimed by the relay: the late ones join it.
        if (existing.status !== 'PENDING') continue;
        await this.inbox.mail.update({ ...existing, digest: { day, notificationIds: [...held, ...missing] } });
        return false;
      } catch (err) {
        if (err instanceof DuplicateKeyError || err instanceof StaleWriteError) n -= 1; // raced with another pass: look again
        else throw err;
      }
    }
  }
}
