import { hash, verify } from '@node-rs/argon2';

/** How account passwords are stored and checked; a port so the demo seed can skip the slow hashing. */
export interface Passwords {
  hash(password: string): Promise<string>;
  matches(stored: string, password: string): Promise<boolean>;
}

/**
 * Argon2id with the library's defaults (OWASP's recommended memory and time cost). A check against
 * an unknown address runs against a decoy hash, so a wrong address takes as long as a wrong
 * password and sign-in does not reveal which addresses have accounts.
 */
export const argon2Passwords: Passwords = {
  hash: (password) => hash(password),
  async matches(stored, password) {
    if (!stored.startsWith('$argon2')) {
      await verify(await decoyHash(), password).catch(() => false);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

/** An account without a usable password: seeded demo records that nobody can sign in to. */
export const LOCKED_PASSWORD = '!locked';
export const lockedPasswords: Passwords = {
  hash: async () => LOCKED_PASSWORD,
  matches: async () => false,
};

let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hash('decoy-password-never-used'));

/** Spends the time of one password check, for addresses that have no account. */
export async function checkAgainstDecoy(password: string): Promise<void> {
  await argon2Passwords.matches(LOCKED_PASSWORD, password);
}
