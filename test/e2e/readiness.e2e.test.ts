import { Topics } from '@cb/contracts';
import { eventually } from './harness';
import { marketplaceForSuite } from './scenarios';

/** /readyz says which part can't work, and /metrics counts what the consumers had to give up on. */
describe('readiness and dead letters (embedded profile)', () => {
  const m = marketplaceForSuite();
  const origin = () => new URL(m.url).origin;
  const metrics = async () => (await fetch(`${origin()}/metrics`)).text();

  it('counts an event that can never be handled as dead-lettered, once per consumer group that read it', async () => {
    // Placements and search read the assignments topic (every service reads the students topic, for
    // erasure); a message that is no CloudEvent can never succeed.
    await m.marketplace.runtime.bus.publish(Topics.assignments, [{ key: 'asg_broken', value: '{"not":"an event"}' }]);
    const text = await eventually(async () => {
      const t = await metrics();
      return /^cb_events_dead_lettered_total\{group="search"\} 1$/m.test(t) && t;
    }, 'search to dead-letter the broken message');
    await eventually(async () => /^cb_events_dead_lettered_total\{group="placements"\} 1$/m.test(await metrics()), 'placements to dead-letter it');
    expect(text).not.toMatch(/^cb_events_dead_lettered_total\{group="(students|companies)"\}/m);
  });

  it('answers /readyz with 503 and names the check that failed when a store cannot be reached', async () => {
    expect((await fetch(`${origin()}/readyz`)).status).toBe(200);
    await m.marketplace.services.students.store.close();
    const response = await fetch(`${origin()}/readyz`);
    const body = (await response.json()) as { status: string; checks: Record<string, unknown> };
    expect(response.status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.checks['students.store']).toMatchObject({ ok: false, error: expect.any(String) });
    expect(body.checks['companies.store']).toEqual({ ok: true });
    // Liveness is not readiness: a restart would not bring the store back, so /livez stays 200.
    expect((await fetch(`${origin()}/livez`)).status).toBe(200);
  });
});
