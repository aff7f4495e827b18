import { argon2Passwords, lockedPasswords, type Passwords } from '../auth/passwords';
import type { ServiceDeps } from '../host';
import { AccountFlows, type AccountDirectory } from './account-flows';
import { AccountTokens } from './account-tokens';
import { EmailClaims, IDENTITY_STORE, type AccountOwner } from './email-claims';

/** What an account owner's use cases give the wiring below. */
interface AccountOwnerUseCases {
  accounts(): AccountDirectory;
  /** The migration at start (claimExistingAccounts). */
  claimExistingAddresses(): Promise<number>;
}

/** What an account owner's composition root hands a driver in the same process (the demo seed), besides its use cases. */
export interface SeedAccounts<U> {
  /** The same use cases, with passwords that never match: seeded accounts nobody signs in to, without hashing each. */
  lockedAccounts: U;
}

/**
 * The identity wiring every account owner (students, companies) makes at start, written once: its
 * claims in the shared identity store, its use cases, the migration that claims the addresses of
 * existing accounts, the password and address flows over its accounts — and the same use cases with
 * passwords that never match, for the demo seed's accounts nobody signs in to (no hash each).
 */
export async function composeAccountOwner<U extends AccountOwnerUseCases>(
  owner: AccountOwner,
  { store, runtime, revocations }: Pick<ServiceDeps, 'store' | 'runtime' | 'revocations'>,
  useCases: (claims: EmailClaims, passwords: Passwords) => U,
): Promise<SeedAccounts<U> & { claims: EmailClaims; useCases: U; accounts: AccountFlows }> {
  const claims = new EmailClaims(await runtime.openStore(IDENTITY_STORE), runtime.internalKey);
  const own = useCases(claims, argon2Passwords);
  await own.claimExistingAddresses();
  const source = `/services/${owner}`;
  const accounts = new AccountFlows(own.accounts(), new AccountTokens(store, owner, source), claims, argon2Passwords, revocations, owner, source);
  return { claims, useCases: own, lockedAccounts: useCases(claims, lockedPasswords), accounts };
}
