import { EventTypes, Reasons, normaliseEmail } from '@cb/contracts';
import { checkPasswordPolicy } from '../auth/password-policy';
import { checkAgainstDecoy, type Passwords } from '../auth/passwords';
import type { TokenRevocations } from '../auth/revocations';
import { DuplicateKeyError, badInput, emailInUse } from '../errors';
import { newEvent, type OutgoingEvent } from '../events/envelope';
import { parseInput, text } from '../validation';
import type { GraphQLFieldResolver } from 'graphql';
import type { SubgraphContext } from '../graphql/subgraph';
import type { AccountTokens, MailLanguage } from './account-tokens';
import type { AccountOwner, EmailClaims } from './email-claims';

/** An account as the flows below need it, whichever record it lives in. */
export interface OwnedAccount {
  id: string;
  email: string;
  passwordHash: string;
  /** False until the address was verified; accounts from before verification existed count as verified. */
  emailVerified: boolean;
}

/** How an owner reads and writes its accounts (students; organisation contacts and staff). */
export interface AccountDirectory {
  find(id: string): Promise<OwnedAccount | undefined>;
  findByEmail(email: string): Promise<OwnedAccount | undefined>;
  /** Stores the new hash and these events in one write. */
  setPassword(id: string, passwordHash: string, events: OutgoingEvent[]): Promise<void>;
  /** `email` is verified and becomes the account's address (DuplicateKeyError when another record has it). */
  setVerifiedEmail(id: string, email: string, at: Date): Promise<void>;
}

const wrongPassword = (field: string) => badInput(field, Reasons.WRONG_PASSWORD, `${field}: this is not your current password.`);

/**
 * Password reset, address verification and changes of password and address, written once for every
 * account owner. The owner keeps the accounts and the links (account-tokens.ts); the gateway's
 * identity subgraph is the public face and asks the owners through internal-only fields.
 */
export class AccountFlows {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly tokens: AccountTokens,
    private readonly claims: EmailClaims,
    private readonly passwords: Passwords,
    private readonly revocations: TokenRevocations | undefined,
    private readonly owner: AccountOwner,
    private readonly source: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Only the account holding the address's claim is found (as at sign-in). */
  private async holderOf(email: string): Promise<OwnedAccount | undefined> {
    const account = await this.accounts.findByEmail(normaliseEmail(email));
    return account && (await this.claims.holderOf(email)) === account.id ? account : undefined;
  }

  async requestPasswordReset(email: string, language: MailLanguage): Promise<boolean> {
    const account = email.length <= 254 ? await this.holderOf(email) : undefined;
    if (account) await this.tokens.request(account.id, 'PASSWORD_RESET', account.email, language, this.clock());
    return true;
  }

  /** A new account's first verification mail (its own write: a crash before it is mended by resendVerification). */
  async sendVerification(accountId: string, email: string, language: MailLanguage): Promise<void> {
    await this.tokens.request(accountId, 'VERIFY_EMAIL', email, language, this.clock());
  }

  /** The account id, or null when the token is not one of this owner's. */
  async resetPassword(token: string, password: string): Promise<string | null> {
    const now = this.clock();
    const row = await this.tokens.find(token, 'PASSWORD_RESET', now);
    if (!row) return null;
    const account = await this.accounts.find(row.accountId);
    if (!account) return null;
    checkPasswordPolicy(password, account.email, 'password');
    await this.tokens.use(row);
    await this.newPassword(account, password, now);
    await this.tokens.dropFor(account.id, 'PASSWORD_RESET');
    // The link came to the account's address, so the address is proven too.
    if (!account.emailVerified && row.email === account.email) await this.accounts.setVerifiedEmail(account.id, account.email, now);
    return account.id;
  }

  /** The account id, or null when the token is not one of this owner's. */
  async verifyEmail(token: string): Promise<string | null> {
    const now = this.clock();
    const row = await this.tokens.find(token, 'VERIFY_EMAIL', now);
    if (!row) return null;
    const account = await this.accounts.find(row.accountId);
    if (!account) return null;
    await this.tokens.use(row);
    if (row.email === account.email) {
      await this.accounts.setVerifiedEmail(account.id, account.email, now);
      return account.id;
    }
    // A change of address: the new one was claimed by changeEmail; the old one is freed now.
    try {
      await this.accounts.setVerifiedEmail(account.id, row.email, now);
    } catch (err) {
      if (err instanceof DuplicateKeyError) throw emailInUse('token');
      throw err;
    }
    await this.claims.release(account.email, account.id);
    return account.id;
  }

  async resendVerification(accountId: string, language: MailLanguage): Promise<boolean> {
    const account = await this.accounts.find(accountId);
    if (!account || account.emailVerified) return false;
    await this.tokens.dropFor(accountId, 'VERIFY_EMAIL');
    await this.sendVerification(account.id, account.email, language);
    return true;
  }

  async changePassword(accountId: string, currentPassword: string, newPassword: string): Promise<boolean> {
    const account = await this.checked(accountId, currentPassword, 'currentPassword');
    if (!account) return false;
    checkPasswordPolicy(newPassword, account.email, 'newPassword');
    await this.newPassword(account, newPassword, this.clock());
    return true;
  }

  async changeEmail(accountId: string, rawEmail: string, password: string, language: MailLanguage): Promise<boolean> {
    const email = parseInput(text.email(), rawEmail, 'newEmail');
    const account = await this.checked(accountId, password, 'password');
    if (!account) return false;
    if (email === account.email) return true;
    if ((await this.claims.claim(email, account.id, this.owner, this.clock())) === 'taken') throw emailInUse('newEmail');
    await this.tokens.dropFor(accountId, 'VERIFY_EMAIL');
    await this.tokens.request(account.id, 'VERIFY_EMAIL', email, language, this.clock());
    return true;
  }

  async emailVerified(accountId: string): Promise<boolean | null> {
    return (await this.accounts.find(accountId))?.emailVerified ?? null;
  }

  /** Erasure: the account's links (they hold its address) go with it. */
  forget(accountId: string): Promise<void> {
    return this.tokens.dropFor(accountId);
  }

  /** For the mail relay at send time: the address and a fresh link. */
  mail(mailId: string) {
    return this.tokens.issue(mailId, this.clock());
  }

  /** The account, after its password was checked; a wrong one is WRONG_PASSWORD on `field`. */
  private async checked(accountId: string, password: string, field: string): Promise<OwnedAccount | undefined> {
    const account = await this.accounts.find(accountId);
    if (!account) {
      await checkAgainstDecoy(password);
      return undefined;
    }
    if (!(await this.passwords.matches(account.passwordHash, password))) throw wrongPassword(field);
    return account;
  }

  /** The new hash, and every other session ends: here at once, elsewhere when the event arrives. */
  private async newPassword(account: OwnedAccount, password: string, now: Date): Promise<void> {
    const ended = newEvent(this.source, EventTypes.accountSessionsEnded, account.id, { accountId: account.id, at: now.toISOString() });
    await this.accounts.setPassword(account.id, await this.passwords.hash(password), [ended]);
    await this.revocations?.endSessionsOf(account.id, now);
  }
}

/**
 * The internal-only fields of an owner's subgraph (`_<prefix>ResetPassword` …), for the gateway's
 * identity subgraph and the notifications service's mail relay; anyone else gets null.
 */
type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, SubgraphContext>>;

export function accountFieldResolvers(prefix: 'student' | 'company', flows: AccountFlows): { Query: FieldResolvers; Mutation: FieldResolvers } {
  const internal =
    <A, R>(run: (args: A) => Promise<R>): GraphQLFieldResolver<unknown, SubgraphContext, A> =>
    (_, args, ctx) =>
      ctx.internal ? run(args) : null;
  const name = (field: string) => `_${prefix}${field}`;
  return {
    Query: {
      [name('EmailVerified')]: internal((a: { accountId: string }) => flows.emailVerified(a.accountId)),
    },
    Mutation: {
      [name('RequestPasswordReset')]: internal((a: { email: string; language: MailLanguage }) => flows.requestPasswordReset(a.email, a.language)),
      [name('ResetPassword')]: internal((a: { token: string; password: string }) => flows.resetPassword(a.token, a.password)),
      [name('VerifyEmail')]: internal((a: { token: string }) => flows.verifyEmail(a.token)),
      [name('ResendVerification')]: internal((a: { accountId: string; language: MailLanguage }) => flows.resendVerification(a.accountId, a.language)),
      [name('ChangePassword')]: internal((a: { accountId: string; currentPassword: string; newPassword: string }) =>
        flows.changePassword(a.accountId, a.currentPassword, a.newPassword),
      ),
      [name('ChangeEmail')]: internal((a: { accountId: string; newEmail: string; password: string; language: MailLanguage }) =>
        flows.changeEmail(a.accountId, a.newEmail, a.password, a.language),
      ),
      [name('AccountMail')]: internal((a: { mailId: string }) => flows.mail(a.mailId)),
    },
  };
}
