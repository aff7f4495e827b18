import { SpanKind, StaleWriteError, contextFrom, inSpan, logger, type Collection } from '@cb/kit';
import type { Notification, Owner } from '../domain/notification';
import type { ContactDirectory } from '../mail/contacts';
import { messageIdOf, retryDelay, type MailOutboxEntry } from '../mail/outbox';
import { renderAccountMail, renderDigest, renderMail, type MailContent } from '../mail/templates';
import type { MailTransport } from '../mail/transport';
import type { InboxUseCases } from './inbox';

export interface MailRelayOptions {
  from: string;
  /** The web app's public address: links in mail are absolute. */
  publicUrl: string;
  pollMs: number;
  retryMs: number;
  retryMaxMs: number;
  clock?: () => Date;
}

type Ready = { address: string; content: MailContent } | { missing: string };

/** How long a relay may hold a claimed mail before another relay may take it over (it crashed). */
const CLAIM_MS = 120_000;
const BATCH = 20;

/**
 * Sends what the mail outbox holds. A mail is claimed (an optimistic update, so two processes
 * never send one at once), its address asked of the owning service, sent, and marked SENT only
 * after the mail server accepted it. A server that is down leaves it PENDING with a later attempt:
 * an outage delays mail, never loses it. A crash between "accepted" and "marked" sends it once
 * more with the same Message-ID — the one duplicate SMTP cannot rule out, recognisable by that id.
 */
export class MailRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly clock: () => Date;

  constructor(
    private readonly inbox: InboxUseCases,
    private readonly contacts: ContactDirectory,
    private readonly transport: MailTransport,
    private readonly options: MailRelayOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    this.schedule(0);
  }

  /** Mail was queued: send now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Erasure: the transport's own copies of these notifications' mail go too (the .eml files). */
  forget(notificationIds: string[]): void {
    this.transport.forget(notificationIds.map(messageIdOf));
  }

  /** One pass over the mail that is due; tests call it to avoid waiting for the poll. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.sendDue().finally(() => (this.running = undefined));
    await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.flush()
        .catch((err) => logger.error({ reason: err instanceof Error ? err.message : String(err) }, 'mail relay pass failed'))
        .finally(() => {
          if (this.stopped) return;
          const next = this.again ? 0 : this.options.pollMs;
          this.again = false;
          this.schedule(next);
        });
    }, ms);
    this.timer.unref?.();
  }

  private async sendDue(): Promise<void> {
    const mail = this.inbox.mail;
    const now = this.clock();
    const isDue = (m: MailOutboxEntry) => Date.parse(m.nextAttemptAt) <= now.getTime();
    // A person waits for a reset or verification link: those go before any backlog of notifications.
    const urgent = (await mail.find({ status: 'PENDING', accountMail: true }, { limit: BATCH })).filter(isDue);
    const due = [
      ...urgent,
      ...(await mail.find({ status: 'PENDING' }, { sort: { field: 'nextAttemptAt', direction: 'asc' }, limit: BATCH })).filter((m) => isDue(m) && !m.accountMail),
      ...(await mail.find({ status: 'SENDING' }, { limit: BATCH })).filter((m) => m.claimedUntil !== null && Date.parse(m.claimedUntil) <= now.getTime()),
    ];
    for (const entry of due) {
      if (this.stopped) return;
      const claimed = await claim(mail, entry, now);
      // Each mail in a trace of its own (not the one of whichever event first woke the relay).
      if (claimed) await inSpan('notifications', 'send mail', { kind: SpanKind.INTERNAL, parent: contextFrom({}), attributes: { 'mail.id': claimed.id } }, () => this.sendOne(claimed));
    }
  }

  private async sendOne(entry: MailOutboxEntry): Promise<void> {
    const mail = this.inbox.mail;
    const owner: Owner = { kind: entry.ownerKind, id: entry.ownerId };
    try {
      const ready = entry.accountMail ? await this.accountMessage(entry, owner) : await this.notificationMessage(entry, owner);
      if ('missing' in ready) {
        await mail.update({ ...entry, status: 'NO_ADDRESS', claimedUntil: null, lastError: ready.missing });
        return;
      }
      await this.transport.send({ ...ready.content, from: this.options.from, to: ready.address, messageId: messageIdOf(entry.notificationId) });
      await mail.update({ ...entry, status: 'SENT', claimedUntil: null, sentAt: this.clock().toISOString(), lastError: null });
    } catch (err) {
      if (err instanceof StaleWriteError) return; // erased or taken over meanwhile
      const attempts = entry.attempts + 1;
      const next = new Date(this.clock().getTime() + retryDelay(attempts, this.options.retryMs, this.options.retryMaxMs));
      const reason = err instanceof Error ? err.message : String(err);
      logger.warn({ mail: entry.id, attempts, reason }, 'mail not sent; trying again later');
      await mail
        .update({ ...entry, status: 'PENDING', attempts, nextAttemptAt: next.toISOString(), claimedUntil: null, lastError: reason.slice(0, 500) })
        .catch((e) => {
          if (!(e instanceof StaleWriteError)) throw e;
        });
    }
  }

  /** One notification's mail, or a digest of several, in the owner's language. */
  private async notificationMessage(entry: MailOutboxEntry, owner: Owner): Promise<Ready> {
    const found = await Promise.all((entry.digest?.notificationIds ?? [entry.notificationId]).map((id) => this.inbox.notifications.get(id)));
    const notifications = found.filter((n) => n !== undefined);
    if (notifications.length === 0) return { missing: 'the notification is gone' };
    const contact = await this.contacts.contactOf(owner);
    if (!contact) return { missing: 'the owner has no address' };
    const link = (n: Notification) => new URL(n.link, this.options.publicUrl).toString();
    if (!entry.digest) {
      return { address: contact.email, content: renderMail(notifications[0].kind, contact.language, await this.inbox.factsOf(notifications[0]), link(notifications[0])) };
    }
    const entries = await Promise.all(notifications.map(async (n) => ({ kind: n.kind, facts: await this.inbox.factsOf(n), link: link(n) })));
    return { address: contact.email, content: renderDigest(contact.language, entry.digest.day, entries) };
  }

  /** The owner makes the link's token now; it is in the mail and nowhere else. */
  private async accountMessage(entry: MailOutboxEntry, owner: Owner): Promise<Ready> {
    const found = await this.contacts.accountMail(owner, entry.notificationId);
    if (!found) return { missing: 'the link was used or has expired' };
    const page = found.purpose === 'PASSWORD_RESET' ? '/reset-password' : '/verify-email';
    const link = new URL(page, this.options.publicUrl);
    link.searchParams.set('token', found.token);
    return { address: found.email, content: renderAccountMail(found.purpose, found.language, link.toString()) };
  }
}

async function claim(mail: Collection<MailOutboxEntry>, entry: MailOutboxEntry, now: Date): Promise<MailOutboxEntry | undefined> {
  try {
    return await mail.update({ ...entry, status: 'SENDING', claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() });
  } catch (err) {
    if (err instanceof StaleWriteError) return undefined; // another relay has it
    throw err;
  }
}
