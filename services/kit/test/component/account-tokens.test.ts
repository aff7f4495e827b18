import { EventTypes } from '@cb/contracts';
import { DomainError } from '../../src/errors';
import { AccountTokens } from '../../src/identity/account-tokens';
import { SqliteStore } from '../../src/store/store.sqlite';

/** The links of account mails on a real SQLite store, with an injected clock. */
describe('account tokens (kit/identity/account-tokens.ts)', () => {
  let store: SqliteStore;
  let tokens: AccountTokens;
  const requested = new Date('2026-12-03T09:00:00+01:00');
  const at = (ms: number) => new Date(requested.getTime() + ms);
  const reasonOf = async (work: Promise<unknown>) => {
    try {
      await work;
      return 'accepted';
    } catch (err) {
      return err instanceof DomainError ? err.reason : String(err);
    }
  };
  /** Requests a reset link and issues it, as the mail relay would at send time. */
  async function mailed(purpose: 'PASSWORD_RESET' | 'VERIFY_EMAIL' = 'PASSWORD_RESET') {
    await tokens.request('stu_1', purpose, 'mila@student.nl', 'NL', requested);
    const [row] = (await store.collection<{ id: string; purpose: string }>({ name: 'account_tokens' }).find({})).filter((r) => r.purpose === purpose);
    const issued = await tokens.issue(row.id, at(1000));
    if (!issued) throw new Error('not issued');
    return issued.token;
  }

  beforeEach(() => {
    store = new SqliteStore(':memory:');
    tokens = new AccountTokens(store, 'students', '/services/students');
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes the row and a mail-requested event with ids only, never the address or a secret', async () => {
    await tokens.request('stu_1', 'PASSWORD_RESET', 'mila@student.nl', 'EN', requested);
    const events = await store.pendingOutbox(10);
    const raw = JSON.stringify(events);
    expect(raw).toContain(EventTypes.accountMailRequested);
    expect(raw).not.toContain('mila@student.nl');
    const [row] = await store.collection<{ id: string; secretHash: string | null }>({ name: 'account_tokens' }).find({});
    expect(row.secretHash).toBeNull();
  });

  it('accepts a reset link until one hour after the request and not from then on (Europe/Amsterdam morning, injected clock)', async () => {
    const token = await mailed();
    expect((await tokens.find(token, 'PASSWORD_RESET', at(3600_000 - 1)))?.accountId).toBe('stu_1');
    expect(await reasonOf(tokens.find(token, 'PASSWORD_RESET', at(3600_000)))).toBe('LINK_INVALID');
  });

  it('works once: the second use of a link is refused, also when two arrive together', async () => {
    const token = await mailed();
    const row = (await tokens.find(token, 'PASSWORD_RESET', at(2000)))!;
    const both = await Promise.all([reasonOf(tokens.use(row)), reasonOf(tokens.use(row))]);
    expect(both.sort()).toEqual(['LINK_INVALID', 'accepted']);
    expect(await tokens.find(token, 'PASSWORD_RESET', at(3000))).toBeNull();
  });

  it('refuses a wrong secret, another purpose, a malformed token, and an older mail of the same link', async () => {
    const token = await mailed();
    const [id] = token.split('.');
    expect(await reasonOf(tokens.find(`${id}.not-the-secret-at-all-000000`, 'PASSWORD_RESET', at(2000)))).toBe('LINK_INVALID');
    expect(await reasonOf(tokens.find(token, 'VERIFY_EMAIL', at(2000)))).toBe('LINK_INVALID');
    expect(await reasonOf(tokens.find('nonsense', 'PASSWORD_RESET', at(2000)))).toBe('LINK_INVALID');
    // Sent again (a relay crash after the server accepted it): only the newest link works.
    const again = await tokens.issue(id, at(5000));
    expect(await reasonOf(tokens.find(token, 'PASSWORD_RESET', at(6000)))).toBe('LINK_INVALID');
    expect((await tokens.find(again!.token, 'PASSWORD_RESET', at(6000)))?.id).toBe(id);
  });

  it('issues nothing for an expired link, and drops an account’s links on request', async () => {
    await mailed('VERIFY_EMAIL');
    const [row] = await store.collection<{ id: string }>({ name: 'account_tokens' }).find({});
    expect(await tokens.issue(row.id, at(7 * 24 * 3600_000))).toBeNull();
    await tokens.dropFor('stu_1');
    expect(await store.collection({ name: 'account_tokens' }).find({})).toEqual([]);
  });
});
