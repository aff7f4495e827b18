import { createHash } from 'node:crypto';
import { EventTypes } from '@cb/contracts';
import type { Handler, Subscriptions } from '../events/consumer';
import type { Collection, Doc, Store } from '../store/port';
import type { Viewer } from './viewer';

interface Revocation extends Doc {
  /** Tokens of this account issued before this instant are refused (ISO time). */
  validAfter: string;
}

const REVOKED_ACCOUNTS = { name: 'revoked_accounts' };

/**
 * Rows are keyed by a hash of the account id, so that an erased student leaves no trace of their id
 * in the other services' stores (a replay-safe erasure, DESIGN.md §2). A row could go once the
 * last token it refuses has expired (12 h); the store port has no range delete, so rows stay — one
 * tiny row per erased or locked account.
 */
const revocationId = (accountId: string) => createHash('sha256').update(`revoked:${accountId}`).digest('base64url');

/**
 * Tokens are stateless JWTs checked by every subgraph itself, so "stop working at once" needs each
 * subgraph to know which accounts lost their tokens. Each service keeps that list in its own store
 * (shared by all its processes), keyed by account id: the owner writes it when it erases (or locks)
 * the account, and every other service writes it when `student.erased` arrives. A request with a
 * token then costs one indexed read by id — cheap on SQLite and MongoDB, and with no cache, no
 * process of the erasing service accepts the token a moment longer. A "valid after" instant (rather
 * than a flag) lets a locked account sign in anew once it is unlocked.
 */
export class TokenRevocations {
  private readonly revoked: Collection<Revocation>;

  constructor(store: Store) {
    this.revoked = store.collection<Revocation>(REVOKED_ACCOUNTS);
  }

  async revokeTokensOf(accountId: string, at: Date): Promise<void> {
    await this.revoked.put({ id: revocationId(accountId), validAfter: at.toISOString() });
  }

  /** A password reset or change: every token issued until `at` stops working; new sign-ins work. */
  async endSessionsOf(accountId: string, at: Date): Promise<void> {
    const validAfter = at.toISOString();
    const current = await this.revoked.get(revocationId(accountId));
    // Never weaker than what is there (an erasure replayed before an older reset).
    if (!current || current.validAfter < validAfter) await this.revoked.put({ id: revocationId(accountId), validAfter });
  }

  /** False for a token issued before its account's tokens were revoked. */
  async accepts(viewer: Viewer): Promise<boolean> {
    const ids = [viewer.accountId, viewer.studentId, viewer.companyId].filter((id): id is string => Boolean(id));
    for (const id of new Set(ids)) {
      const revocation = await this.revoked.get(revocationId(id));
      if (revocation && (viewer.issuedAt ?? 0) * 1000 <= Date.parse(revocation.validAfter)) return false;
    }
    return true;
  }

  /** Adds "an erased student's tokens stop working", and ended sessions, to a service's subscription table. */
  withErasure(subscriptions: Subscriptions): Subscriptions {
    const own = subscriptions[EventTypes.studentErased];
    const ownSessionsEnded = subscriptions[EventTypes.accountSessionsEnded];
    const onErased: Handler<typeof EventTypes.studentErased> = async (event) => {
      await this.revokeTokensOf(event.data.studentId, new Date(event.time));
      await own?.(event);
    };
    const onSessionsEnded: Handler<typeof EventTypes.accountSessionsEnded> = async (event) => {
      await this.endSessionsOf(event.data.accountId, new Date(event.data.at));
      await ownSessionsEnded?.(event);
    };
    return { ...subscriptions, [EventTypes.studentErased]: onErased, [EventTypes.accountSessionsEnded]: onSessionsEnded };
  }
}
