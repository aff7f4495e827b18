import { logger } from '../observability/logger';
import { createHmac } from 'node:crypto';
import { normaliseEmail } from '@cb/contracts';
import { DuplicateKeyError } from '../errors';
import type { Collection, Doc, Store } from '../store/port';

/** The services that own accounts: students, and companies (organisation contacts and staff). */
export type AccountOwner = 'students' | 'companies';

/** One address, one account (DESIGN.md §3). The id is a keyed hash of the address: see below. */
export interface EmailClaim extends Doc {
  accountId: string;
  owner: AccountOwner;
  claimedAt: string;
}

/** The store every account owner opens for its claims (`identity.sqlite` / `careerboost_identity`). */
export const IDENTITY_STORE = 'identity';
const EMAIL_CLAIMS = { name: 'email_claims' };

export type ClaimResult = 'claimed' | 'already-held' | 'taken';

/**
 * Why the uniqueness lives here: accounts stay with their owners (students; companies for
 * organisations and staff), so no owner's own unique index can see the other's addresses. One claim
 * per address in the identity component's store, keyed by the address, is a unique key that both
 * owners write through before they create an account — an insert either wins or hits the key, in any
 * number of processes and on both store adapters (FerretDB included: unique inserts are atomic
 * there, DESIGN.md §4). A registration is refused when another account holds the claim, so nothing
 * can shadow an account and `signIn` cannot be steered to a newer one.
 *
 * The claim holds no personal data: its id is an HMAC of the normalised address under a key derived
 * from JWT_SECRET, so the identity store does not become a list of addresses, and a conflict can be
 * reported by account ids alone. If JWT_SECRET is rotated, the claims are made again under the new
 * key at start (`claimExistingAccounts`); the old rows are then dead weight, never a block.
 *
 * A shortcut, admitted: a process that dies between claiming and creating the account leaves a claim
 * without an account, and that address stays refused until someone removes the claim.
 */
export class EmailClaims {
  private readonly claims: Collection<EmailClaim>;
  private readonly key: string;

  constructor(store: Store, internalKey: string) {
    this.claims = store.collection<EmailClaim>(EMAIL_CLAIMS);
    this.key = createHmac('sha256', internalKey).update('career-boost e-mail claims').digest('base64url');
  }

  private idOf(email: string): string {
    return createHmac('sha256', this.key).update(normaliseEmail(email)).digest('base64url');
  }

  async claim(email: string, accountId: string, owner: AccountOwner, now = new Date()): Promise<ClaimResult> {
    const id = this.idOf(email);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.claims.insert({ id, accountId, owner, claimedAt: now.toISOString() });
        return 'claimed';
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
      }
      const holder = await this.claims.get(id);
      if (holder) return holder.accountId === accountId ? 'already-held' : 'taken';
      // Released between our insert and our read: try again.
    }
    return 'taken';
  }

  /** The account that holds the address, if any. */
  async holderOf(email: string): Promise<string | undefined> {
    return (await this.claims.get(this.idOf(email)))?.accountId;
  }

  /** Frees the address, but only for the account that holds it (an erased student, a failed create). */
  async release(email: string, accountId: string): Promise<void> {
    const id = this.idOf(email);
    const holder = await this.claims.get(id);
    if (holder?.accountId === accountId) await this.claims.delete(id);
  }
}

/**
 * The migration at start: every existing account claims its address. Accounts that share an address
 * with another account (made before the claims existed) are reported by account id and left as
 * they are — merging or deleting someone's account is a person's decision, not a start-up script's.
 * Returns how many accounts found their address held by another account.
 */
export async function claimExistingAccounts(
  claims: EmailClaims,
  owner: AccountOwner,
  accounts: AsyncIterable<{ accountId: string; email: string }> | Iterable<{ accountId: string; email: string }>,
  report: (message: string) => void = (m) => logger.warn(m),
): Promise<number> {
  let conflicts = 0;
  for await (const account of accounts) {
    if ((await claims.claim(account.email, account.accountId, owner)) !== 'taken') continue;
    conflicts++;
    const holder = await claims.holderOf(account.email);
    report(
      `[${owner}] e-mail conflict: account ${account.accountId} shares its address with account ${holder}; ` +
        'not merged — sign-in uses the account holding the claim; resolve by hand',
    );
  }
  return conflicts;
}
