import { checkPasswordPolicy } from '../auth/password-policy';
import type { Passwords } from '../auth/passwords';
import { DuplicateKeyError, emailInUse, type DomainError } from '../errors';
import type { OutgoingEvent } from '../events/envelope';
import type { Collection, Doc } from '../store/port';
import type { AccountOwner, EmailClaims } from './email-claims';

/**
 * What every account owner's `register` takes after its raw input (students; organisation contacts):
 * - `now`, the registration time;
 * - `admit`, the caller's rate limit, run once the input is valid (so mistakes never count) and
 *   before the expensive part: the claim and the password hash;
 * - `verify`, which mails the new account its verification link; without it (the demo seed) the
 *   account counts as verified.
 */
export type RegistrationSteps<T> = [now?: Date, admit?: () => Promise<void>, verify?: (account: T) => Promise<void>];

/** A new account as registerAccount needs it. */
export interface NewAccount<T extends Doc> {
  /** The record, but for its password's hash. */
  record: Omit<T, 'passwordHash'>;
  email: string;
  /** The input field the address came in, for the errors (`input.email`, `input.contactEmail`). */
  emailField: string;
  password: string;
  /** The event that announces the new record. */
  registered(account: T): OutgoingEvent;
  /**
   * The error for another unique key of the owner's records (an organisation's KvK number); left
   * out or undefined: the address is in use (an account made before the claims existed may still
   * hold it in the owner's own index).
   */
  duplicate?(err: DuplicateKeyError): DomainError | undefined;
}

/** The owner's side of the registration: its claims, its password hashing, its name and where its accounts live. */
export interface AccountRegistrar<T extends Doc> {
  claims: EmailClaims;
  passwords: Passwords;
  owner: AccountOwner;
  accounts: Collection<T>;
}

/**
 * The order every registration keeps, written once: the owner's own checks (in `describe`), the
 * password policy, the caller's admission, the address's claim (one address, one account:
 * email-claims.ts), and only then the hash and the insert with its `registered` event; an insert that fails gives the claim
 * back. The verification mail goes once the account exists. `describe` is given the registration
 * time and the new account's `emailVerifiedAt` (null until verified; the time itself without `verify`).
 */
export async function registerAccount<T extends Doc & { passwordHash: string }>(
  { claims, passwords, owner, accounts }: AccountRegistrar<T>,
  [now = new Date(), admit = async () => undefined, verify]: RegistrationSteps<T>,
  describe: (now: Date, emailVerifiedAt: string | null) => NewAccount<T>,
): Promise<T> {
  const account = describe(now, verify ? null : now.toISOString());
  checkPasswordPolicy(account.password, account.email, 'input.password');
  await admit();
  if ((await claims.claim(account.email, account.record.id, owner, now)) === 'taken') throw emailInUse(account.emailField);
  const record = { ...account.record, passwordHash: await passwords.hash(account.password) } as T;
  let created: T;
  try {
    created = await accounts.insert(record, { events: [account.registered(record)] });
  } catch (err) {
    await claims.release(account.email, record.id);
    if (err instanceof DuplicateKeyError) throw account.duplicate?.(err) ?? emailInUse(account.emailField);
    throw err;
  }
  await verify?.(created);
  return created;
}
