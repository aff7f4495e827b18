import type { Doc } from '@cb/kit/core';
import { kindsReaching, type NotificationKind, type Owner, type OwnerKind } from './notification';

/** How a person wants a kind of notification by e-mail; the in-app inbox keeps every one regardless. */
export const MAIL_DELIVERIES = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

/** The kinds each inbox can receive: the ones its owner may choose a delivery for. */
export const KINDS_FOR: Record<OwnerKind, readonly NotificationKind[]> = { STUDENT: kindsReaching('STUDENT'), COMPANY: kindsReaching('COMPANY') };

/** A person's choice for one kind (one record each, so two choices made at once never overwrite each other). */
export interface MailPreference extends Doc {
  ownerKind: OwnerKind;
  ownerId: string;
  kind: NotificationKind;
  delivery: MailDelivery;
}
export const MAIL_PREFERENCES = { name: 'mail_preferences', indexes: [{ fields: ['ownerKind', 'ownerId'] }] };

export const preferenceId = (owner: Owner, kind: NotificationKind) => `${owner.kind}:${owner.id}:${kind}`;

/**
 * Without a choice a notification is mailed at once — except alerts of saved searches, which come
 * at most once a day per search: in the daily digest.
 */
export const deliveryOf = (choice: MailPreference | undefined, kind: NotificationKind): MailDelivery =>
  choice?.delivery ?? (kind === 'NEW_MATCHING_ASSIGNMENT' ? 'DAILY_DIGEST' : 'IMMEDIATELY');

/**
 * One notification waiting for its owner's daily digest. `day` is the Amsterdam date it was queued
 * on (the clock's, not the event's: a late event joins today's digest, never one already sent).
 */
export interface DigestItem extends Doc {
  ownerKind: OwnerKind;
  ownerId: string;
  day: string;
  /** Kept once MAILED (in a digest's outbox entry), so a duplicate event cannot queue it again. */
  status: 'PENDING' | 'MAILED';
}
export const DIGEST_QUEUE = { name: 'digest_queue', indexes: [{ fields: ['status'] }, { fields: ['ownerKind', 'ownerId'] }] };
