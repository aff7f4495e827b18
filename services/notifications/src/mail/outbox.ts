import type { Doc } from '@cb/kit';
import type { OwnerKind } from '../domain/notification';

/**
 * One mail to send, queued with its notification. PENDING until the mail server accepted it, then
 * SENT; SENDING while one relay has claimed it (claimedUntil); NO_ADDRESS when the owner has none
 * any more (an erased student, a removed organisation): nothing to send, nothing to retry.
 */
export interface MailOutboxEntry extends Doc {
  /** The notification's id; also the mail's Message-ID, so a re-sent mail is recognisably the same. */
  notificationId: string;
  ownerKind: OwnerKind;
  ownerId: string;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'NO_ADDRESS';
  attempts: number;
  nextAttemptAt: string;
  claimedUntil: string | null;
  queuedAt: string;
  sentAt: string | null;
  /**
   * An account mail (password reset, address verification): `notificationId` is then the owner's
   * mail id, and address and link are asked of the owner at send time (kit/identity/account-tokens.ts).
   */
  accountMail?: boolean;
  /** The transport's last complaint (no address or content in it: those are not logged or kept). */
  lastError: string | null;
  /** A daily digest: the Amsterdam day and the notifications it gathers (notificationId is then the digest's own id). */
  digest?: { day: string; notificationIds: string[] };
}

export const MAIL_OUTBOX = { name: 'mail_outbox', indexes: [{ fields: ['status'] }, { fields: ['ownerKind', 'ownerId'] }] };

/** A mail ready for its first attempt. */
export function pendingMail(id: string, owner: { kind: OwnerKind; id: string }, now: Date, digest?: MailOutboxEntry['digest']): MailOutboxEntry {
  const at = now.toISOString();
  return { id, notificationId: id, ownerKind: owner.kind, ownerId: owner.id, status: 'PENDING', attempts: 0, nextAttemptAt: at, claimedUntil: null, queuedAt: at, sentAt: null, lastError: null, ...(digest ? { digest } : {}) };
}

export const messageIdOf = (notificationId: string) => `<${notificationId}@careerboost.nl>`;

/** Doubling waits between attempts, from `base` up to `max` milliseconds. */
export const retryDelay = (attempts: number, base: number, max: number) => Math.min(max, base * 2 ** Math.max(0, attempts - 1));
