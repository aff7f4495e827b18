import { FailureBackoff, Quota, clientAddressFrom, clientAddressHeaders } from '../../src/index';
import { memoryRateLimits as memory } from '../../src/rate-limit/rate-limit.memory';

describe('growing delay after failed sign-ins', () => {
  it('lets the free failures pass, then doubles the wait per failure up to the cap, and a reset clears it', async () => {
    const backoff = new FailureBackoff(memory(), 'test', 3, 8);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await backoff.failed('k');
      waits.push(await backoff.waitFor('k'));
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 8]);
    await backoff.reset('k');
    expect(await backoff.waitFor('k')).toBe(0);
  });

  it('never counts a trusted client (no key)', async () => {
    const backoff = new FailureBackoff(memory(), 'test', 1, 8);
    for (let i = 0; i < 5; i++) await backoff.failed(undefined);
    expect(await backoff.waitFor(undefined)).toBe(0);
  });
});

describe('a quota per window', () => {
  it('refuses the use past the limit with TOO_MANY_REQUESTS and whole seconds to wait', async () => {
    const quota = new Quota(memory(), 'test', 2, 60, (s) => `wait ${s}`);
    await quota.take('k');
    await quota.take('k');
    await expect(quota.take('k')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', details: { retryAfter: 60 } });
    await expect(quota.take('other')).resolves.toBeUndefined();
  });
});

describe('the client address the gateway vouches for', () => {
  const key = 'internal-key';
  it('is believed with the proof made with the internal key, and ignored without it', () => {
    expect(clientAddressFrom(clientAddressHeaders('203.0.113.1', key), '10.0.0.2', key)).toBe('203.0.113.1');
    expect(clientAddressFrom({ ...clientAddressHeaders('203.0.113.1', 'another-key') }, '10.0.0.2', key)).toBe('10.0.0.2');
    expect(clientAddressFrom({ 'x-cb-client-address': '203.0.113.1', 'x-cb-client-proof': 'x' }, '10.0.0.2', key)).toBe('10.0.0.2');
    expect(clientAddressFrom({}, '10.0.0.2', key)).toBe('10.0.0.2');
  });
});

