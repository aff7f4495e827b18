import { z } from 'zod';
import { Reasons, amsterdamDate, erasureTombstoneKey, type Language } from '@cb/contracts';
import { DuplicateKeyError, badInput, pageOf, unauthenticated, type Collection, type Store, type Viewer } from '@cb/kit';
import {
  NOTIFICATIONS,
  linkFor,
  notificationId,
  type Notification,
  type NotificationDraft,
  type NotificationKind,
  type Owner,
  type Subject,
} from '../domain/notification';
import { inboxOf } from '../domain/policy';
import { DIGEST_QUEUE, MAIL_PREFERENCES, deliveryOf, preferenceId, type DigestItem, type MailPreference } from '../domain/preferences';
import { ASSIGNMENT_TITLES, ERASED_STUDENTS, type AssignmentTitle, type ErasedStudent } from '../domain/read-models';
import { SAVED_SEARCHES } from '../domain/saved-search';
import { textOf, type TextFacts } from '../domain/texts';
import { MAIL_OUTBOX, pendingMail, type MailOutboxEntry } from '../mail/outbox';

/** A notification as the person reads it: in their language, with the assignment's current title. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  link: string;
  subject: Subject;
  title: string;
  body: string;
}

export interface NotificationPage {
  items: NotificationView[];
  unreadCount: number;
  total: number;
}

/** Events older than this are old news: notified in the inbox, not mailed (a rebuild replays years). */
export const MAIL_HORIZON_MS = 3 * 24 * 3600 * 1000;

/**
 * What lives beside the rebuildable inbox and no replay can bring back: people's saved searches and
 * mail choices, the mail outbox and digest queue (a rebuild must neither lose nor resend mail), and
 * the erasure tombstones (an erased student's inbox must not return, even from an older log).
 */
const KEPT_ACROSS_REPLAY = [SAVED_SEARCHES, MAIL_PREFERENCES, MAIL_OUTBOX, DIGEST_QUEUE, ERASED_STUDENTS];

const idsInput = z.array(z.string().max(128, 'each id is at most 128 characters')).max(100, 'at most 100 ids at once');

/** The notifications service's use cases: the inbox, fed by events, read and marked by its owner. */
export class InboxUseCases {
  readonly notifications: Collection<Notification>;
  readonly mail: Collection<MailOutboxEntry>;
  readonly titles: Collection<AssignmentTitle>;
  readonly erased: Collection<ErasedStudent>;
  readonly preferences: Collection<MailPreference>;
  readonly digestQueue: Collection<DigestItem>;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
    /** Told when mail was queued, so the relay need not wait for its next poll. */
    private readonly mailQueued: () => void = () => undefined,
    /** Told which notifications' mail an erasure removed, so the transport drops its copies. */
    private readonly mailForgotten: (notificationIds: string[]) => void = () => undefined,
    /** The owner's language, asked of the owning service when the inbox is read (never kept in events). */
    private readonly languageOf: (owner: Owner) => Promise<Language> = async () => 'NL',
  ) {
    this.notifications = store.collection<Notification>(NOTIFICATIONS);
    this.mail = store.collection<MailOutboxEntry>(MAIL_OUTBOX);
    this.titles = store.collection<AssignmentTitle>(ASSIGNMENT_TITLES);
    this.erased = store.collection<ErasedStudent>(ERASED_STUDENTS);
    this.preferences = store.collection<MailPreference>(MAIL_PREFERENCES);
    this.digestQueue = store.collection<DigestItem>(DIGEST_QUEUE);
  }

  /**
   * Stores what an event means for people's inboxes and queues its mail as the owner chose (at
   * once, for the day's digest, or none). All are keyed by the notification id, so a duplicate or replayed event changes nothing: the store
   * has no transaction across collections, and this order (notification, then its mail) is safe
   * to repeat after a crash between the two.
   */
  async record(drafts: NotificationDraft[], at: string): Promise<void> {
    let queued = false;
    for (const draft of drafts) {
      const studentId = draft.subject.studentId ?? null;
      const erased = studentId ? (await this.erased.get(erasureTombstoneKey(studentId))) !== undefined : false;
      if (erased && draft.owner.kind === 'STUDENT') continue;
      // An organisation still hears of an erased student's application, without the student's id.
      const subject = erased ? { ...draft.subject, studentId: null } : draft.subject;
      const id = notificationId(draft);
      await ignoreDuplicate(
        this.notifications.insert({
          id,
          ownerKind: draft.owner.kind,
          ownerId: draft.owner.id,
          kind: draft.kind,
          createdAt: at,
          readAt: null,
          unread: 1,
          link: linkFor(draft.owner, draft.kind, subject),
          subject,
          studentId: erased ? null : studentId,
        }),
      );
      // A rebuild replays old history: it restores the inbox but must not mail people about the past.
      if (this.clock().getTime() - Date.parse(at) > MAIL_HORIZON_MS) continue;
      // The person's choice when it happens: the inbox keeps it either way.
      const delivery = deliveryOf(await this.preferences.get(preferenceId(draft.owner, draft.kind)), draft.kind);
      if (delivery === 'NEVER') continue;
      if (delivery === 'DAILY_DIGEST') {
        const day = amsterdamDate(this.clock());
        await ignoreDuplicate(this.digestQueue.insert({ id, ownerKind: draft.owner.kind, ownerId: draft.owner.id, day, status: 'PENDING' }));
        continue;
      }
      const mailed = await ignoreDuplicate(this.mail.insert(pendingMail(id, draft.owner, this.clock())));
      queued ||= mailed;
    }
    if (queued) this.mailQueued();
  }

  /**
   * An owner asked for an account mail: queued like any other, keyed by the owner's mail id. The
   * entry holds no address and no link; the relay asks the owner for both when it sends.
   */
  async queueAccountMail(mail: { mailId: string; owner: 'students' | 'companies'; accountId: string }, at: string): Promise<void> {
    const now = this.clock();
    if (now.getTime() - Date.parse(at) > MAIL_HORIZON_MS) return;
    const queued = await ignoreDuplicate(
      this.mail.insert({
        id: mail.mailId,
        notificationId: mail.mailId,
        ownerKind: mail.owner === 'students' ? 'STUDENT' : 'COMPANY',
        ownerId: mail.accountId,
        accountMail: true,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: now.toISOString(),
        claimedUntil: null,
        queuedAt: now.toISOString(),
        sentAt: null,
        lastError: null,
      }),
    );
    if (queued) this.mailQueued();
  }

  async rememberAssignment(a: { assignmentId: string; companyId: string; title: string }, asOf: string): Promise<void> {
    const known = await this.titles.get(a.assignmentId);
    if (known && known.asOf > asOf) return;
    await this.titles.put({ id: a.assignmentId, title: a.title, companyId: a.companyId, asOf });
  }

  /** Empties the projection (inbox, titles, handled event ids) for a rebuild by replay of the log. */
  async clearForReplay(): Promise<void> {
    await this.store.clear({ keep: KEPT_ACROSS_REPLAY });
  }

  /** Erasure: the student's inbox and mail go, and organisations' notifications forget the id. Also on replay. */
  async eraseStudent(studentId: string, at: string): Promise<void> {
    await this.erased.put({ id: erasureTombstoneKey(studentId), erasedAt: at });
    await this.dropInboxOf({ kind: 'STUDENT', id: studentId });
    for (const n of await this.notifications.find({ studentId })) {
      await this.notifications.put({ ...n, studentId: null, subject: { ...n.subject, studentId: null } });
    }
  }

  /** A removed organisation (retention): its inbox, mail and choices go. */
  async removeCompany(companyId: string): Promise<void> {
    await this.dropInboxOf({ kind: 'COMPANY', id: companyId });
  }

  private async dropInboxOf(owner: Owner): Promise<void> {
    const mine = { ownerKind: owner.kind, ownerId: owner.id };
    const own = await this.notifications.find(mine);
    for (const n of own) await this.notifications.delete(n.id);
    const mail = await this.mail.find(mine);
    // Digests and account mails (reset, verification) have ids of their own: their files go too.
    this.mailForgotten([...new Set([...own.map((n) => n.id), ...mail.map((m) => m.notificationId)])]);
    for (const m of mail) await this.mail.delete(m.id);
    for (const d of await this.digestQueue.find(mine)) await this.digestQueue.delete(d.id);
    for (const p of await this.preferences.find(mine)) await this.preferences.delete(p.id);
  }

  async list(viewer: Viewer | undefined, args: { unreadOnly?: boolean | null; page?: number | null; pageSize?: number | null }): Promise<NotificationPage> {
    if (!viewer) throw unauthenticated('Sign in to see your notifications.');
    const owner = inboxOf(viewer);
    // Validated before the staff answer, so a bad page is refused for everyone alike.
    const paging = { page: args.page, pageSize: args.pageSize };
    if (!owner) return { items: pageOf([], paging, 'notifications', 20), unreadCount: 0, total: 0 };
    const mine = { ownerKind: owner.kind, ownerId: owner.id };
    const filter = args.unreadOnly ? { ...mine, unread: 1 } : mine;
    // The kit's shortcut for lists of one owner's records: the page is cut from the owner's whole list.
    const all = await this.notifications.find(filter, { sort: { field: 'createdAt', direction: 'desc' } });
    const page = pageOf(all, paging, 'notifications', 20);
    const language = page.length > 0 ? await this.languageOf(owner) : 'NL';
    return {
      items: await Promise.all(page.map((n) => this.view(n, language))),
      unreadCount: args.unreadOnly ? all.length : await this.notifications.count({ ...mine, unread: 1 }),
      total: all.length,
    };
  }

  async markRead(viewer: Viewer | undefined, rawIds: unknown): Promise<number> {
    if (!viewer) throw unauthenticated('Sign in to mark your notifications read.');
    const parsed = idsInput.safeParse(rawIds);
    if (!parsed.success) throw badInput('ids', Reasons.TOO_LONG, `ids: ${parsed.error.issues[0].message}.`);
    const owner = inboxOf(viewer);
    if (!owner) return 0;
    const found = await Promise.all([...new Set(parsed.data)].map((id) => this.notifications.get(id)));
    // Another inbox's id is treated as unknown: saying more would tell the caller it exists.
    return this.markOwn(owner, found.filter((n) => n !== undefined));
  }

  async markAllRead(viewer: Viewer | undefined): Promise<number> {
    if (!viewer) throw unauthenticated('Sign in to mark your notifications read.');
    const owner = inboxOf(viewer);
    if (!owner) return 0;
    return this.markOwn(owner, await this.notifications.find({ ownerKind: owner.kind, ownerId: owner.id, unread: 1 }));
  }

  private async markOwn(owner: Owner, candidates: Notification[]): Promise<number> {
    const readAt = this.clock().toISOString();
    let marked = 0;
    for (const n of candidates) {
      if (n.ownerKind !== owner.kind || n.ownerId !== owner.id || n.readAt) continue;
      await this.notifications.put({ ...n, readAt, unread: 0 });
      marked += 1;
    }
    return marked;
  }

  /** What a notification's words may use, looked up now: the assignment's current title. */
  async factsOf(n: Notification): Promise<TextFacts> {
    return { assignmentTitle: n.subject.assignmentId ? (await this.titles.get(n.subject.assignmentId))?.title ?? null : null };
  }

  private async view(n: Notification, language: Language): Promise<NotificationView> {
    const text = textOf(n.kind, language, await this.factsOf(n));
    return { id: n.id, kind: n.kind, createdAt: n.createdAt, readAt: n.readAt, link: n.link, subject: n.subject, ...text };
  }
}

/** True when written, false when it was there already. */
async function ignoreDuplicate(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (err) {
    if (err instanceof DuplicateKeyError) return false;
    throw err;
  }
}
