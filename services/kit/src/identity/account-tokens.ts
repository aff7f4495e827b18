import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { EventTypes, Reasons, type AccountMailPurpose } from '@cb/contracts';
import { badInput } from '../errors';
import { newEvent } from '../events/envelope';
import type { Collection, Doc, Store } from '../store/port';
import type { AccountOwner } from './email-claims';

export type MailLanguage = 'NL' | 'EN';

/** One link mailed to an account: a password reset, or the verification of an address. */
export interface AccountToken extends Doc {
  accountId: string;
  purpose: AccountMailPurpose;
  /** The address the link is for: a new address waits here, unused, until it is verified. */
  email: string;
  language: MailLanguage;
  expiresAt: string;
  /** SHA-256 of the secret in the link that was mailed last; null until the mail is sent. */
  secretHash: string | null;
}

const ACCOUNT_TOKENS = { name: 'account_tokens', indexes: [{ fields: ['accountId'] }] };

/** How long a mailed link works: an hour for a password reset (issue 14), a week to verify an address. */
export const TOKEN_LIFETIME_MS: Record<AccountMailPurpose, number> = { PASSWORD_RESET: 3600_000, VERIFY_EMAIL: 7 * 24 * 3600_000 };

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const linkInvalid = (field: string) =>
  badInput(field, Reasons.LINK_INVALID, `${field}: this link is unknown, already used or expired. Ask for a new e-mail and use the link in it.`);

/**
 * The links of account mails, kept by the account's owner (students; companies for organisations
 * and staff) in its own store.
 *
 * Why the design is this one: mail must go through a durable outbox, the only one is the
 * notifications service's, and a token must appear neither in an event (the log is kept forever)
 * nor in another service's store. So `request` writes this row and a `mail-requested` event with
 * ids only, in one write; the notifications service queues the mail and, when it sends it, asks the
 * owner (`issue`, an internal-only field) for the address and a fresh secret, whose hash alone is
 * kept here. The raw token exists only in the mail. A mail sent twice (a relay crash after the
 * server accepted it) carries a new secret, and only the newest link works — never two.
 *
 * The token in a link is `<row id>.<secret>`: the row is read by id, the secret compared by hash in
 * constant time, and the row deleted when used (`use`), so a link works once, also under concurrent use.
 */
export class AccountTokens {
  private readonly tokens: Collection<AccountToken>;

  constructor(
    store: Store,
    private readonly owner: AccountOwner,
    private readonly source: string,
  ) {
    this.tokens = store.collection<AccountToken>(ACCOUNT_TOKENS);
  }

  /** Stores the link's row and, in the same write, the event that has its mail sent. */
  async request(accountId: string, purpose: AccountMailPurpose, email: string, language: MailLanguage, now: Date): Promise<void> {
    const id = `acm_${randomUUID()}`;
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString();
    await this.tokens.insert(
      { id, accountId, purpose, email, language, expiresAt, secretHash: null },
      { events: [newEvent(this.source, EventTypes.accountMailRequested, accountId, { mailId: id, owner: this.owner, accountId, purpose, language })] },
    );
  }

  /** At send time: the address and a fresh token for the mail; null when the link is used or expired. */
  async issue(mailId: string, now: Date): Promise<{ email: string; token: string; purpose: AccountMailPurpose; language: MailLanguage } | null> {
    const row = await this.tokens.get(mailId);
    if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
    const secret = randomBytes(32).toString('base64url');
    await this.tokens.update({ ...row, secretHash: sha256(secret).toString('base64url') });
    return { email: row.email, token: `${row.id}.${secret}`, purpose: row.purpose, language: row.language };
  }

  /**
   * The row of a valid, unexpired token for this purpose. An unknown row is `null` (the token may be
   * the other owner's); a known one with a wrong secret, another purpose or past its time is LINK_INVALID.
   */
  async find(token: string, purpose: AccountMailPurpose, now: Date, field = 'token'): Promise<AccountToken | null> {
    const [id, secret] = token.split('.', 2);
    if (!id?.startsWith('acm_') || !secret || token.length > 200) throw linkInvalid(field);
    const row = await this.tokens.get(id);
    if (!row) return null;
    const given = sha256(secret);
    const stored = row.secretHash ? Buffer.from(row.secretHash, 'base64url') : Buffer.alloc(given.length);
    if (row.purpose !== purpose || !row.secretHash || !timingSafeEqual(given, stored)) throw linkInvalid(field);
    if (Date.parse(row.expiresAt) <= now.getTime()) throw linkInvalid(field);
    return row;
  }

  /** Uses the link up: of two requests with the same link, only one gets past this. */
  async use(row: AccountToken, field = 'token'): Promise<void> {
    if (!(await this.tokens.delete(row.id))) throw linkInvalid(field);
  }

  /** Drops the account's other links of this purpose (after a reset; at erasure, all of them). */
  async dropFor(accountId: string, purpose?: AccountMailPurpose): Promise<void> {
    for (const row of await this.tokens.find({ accountId })) {
      if (!purpose || row.purpose === purpose) await this.tokens.delete(row.id);
    }
  }
}

