import { normaliseEmail } from '@cb/contracts';
import { FailureBackoff, clientKey, type RateLimitSettings, type RateLimitStore } from '@cb/kit';

/**
 * Password guessing, slowed three ways (DESIGN.md §3, issue 9):
 * - per account and client address: after a few failures each further one doubles the wait. This
 *   is what a guesser meets first; it is theirs alone, so the account's owner signs in from anywhere
 *   else at once, and a success clears it;
 * - per client address, over all accounts: one address trying many accounts;
 * - per account, over all addresses: many addresses trying one account. Its wait is capped like
 *   the others, so even a stranger with a botnet can only slow an account, never lock it.
 * The checks depend on the address typed, never on whether an account has it, so they reveal no
 * more than sign-in itself does (which takes as long either way).
 */
export class SignInLimits {
  private readonly pair: FailureBackoff;
  private readonly client: FailureBackoff;
  private readonly account: FailureBackoff;

  /** `kind` names the counters: `signin`, or `reset` for password-reset requests (each counts as a failure). */
  constructor(
    store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    kind: 'signin' | 'reset' = 'signin',
  ) {
    const { freeFailures, clientFreeFailures, accountFreeFailures, maxDelaySeconds } = settings.signIn;
    this.pair = new FailureBackoff(store, `${kind}_account_client`, freeFailures, maxDelaySeconds);
    this.client = new FailureBackoff(store, `${kind}_client`, clientFreeFailures, maxDelaySeconds);
    this.account = new FailureBackoff(store, `${kind}_account`, accountFreeFailures, maxDelaySeconds);
  }

  private keys(email: string, clientAddress: string | undefined) {
    const account = `account:${normaliseEmail(email)}`;
    const client = clientKey(this.settings, clientAddress);
    return { account, client, pair: client && `${account}|${client}` };
  }

  /** Seconds to wait before this address may be tried from this client again; 0 when it may now. */
  async waitFor(email: string, clientAddress: string | undefined): Promise<number> {
    const k = this.keys(email, clientAddress);
    const waits = await Promise.all([this.pair.waitFor(k.pair), this.client.waitFor(k.client), this.account.waitFor(k.account)]);
    return Math.max(...waits);
  }

  async failed(email: string, clientAddress: string | undefined): Promise<void> {
    const k = this.keys(email, clientAddress);
    await Promise.all([this.pair.failed(k.pair), this.client.failed(k.client), this.account.failed(k.account)]);
  }

  async succeeded(email: string, clientAddress: string | undefined): Promise<void> {
    await this.pair.reset(this.keys(email, clientAddress).pair);
  }
}
