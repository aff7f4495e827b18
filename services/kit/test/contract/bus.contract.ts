import type { DeliveredMessage, EventBus } from '../../src/bus/port';

/** Time for a message delivered wrongly (twice, or to the wrong group) to show up. */
const settle = () => new Promise((r) => setTimeout(r, 300));

const waitFor = async (check: () => boolean, ms = 15000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/**
 * The event-bus port's contract, run against every adapter that can be had here. `open` must
 * return a bus on the same durable log each time it is called within one test (to test restarts),
 * and `topic` a fresh topic name per test.
 */
export function busContract(name: string, open: () => Promise<EventBus>, topic: () => string) {
  describe(`event-bus contract: ${name}`, () => {
    const buses: EventBus[] = [];
    const openBus = async () => {
      const bus = await open();
      buses.push(bus);
      return bus;
    };
    afterEach(async () => {
      await Promise.all(buses.splice(0).map((b) => b.close()));
    });
    /** What group `g-<t>` reads on a bus opened again: the one message after its committed offset. */
    const readOnReopen = async (t: string) => {
      const again: string[] = [];
      const second = await openBus();
      await second.subscribe({ groupId: `g-${t}`, topics: [t], handle: async (m) => void again.push(m.value) });
      await waitFor(() => again.length === 1);
      await settle();
      return again;
    };

    it('delivers every message of a topic in order per key', async () => {
      const bus = await openBus();
      const t = topic();
      const got: DeliveredMessage[] = [];
      await bus.subscribe({ groupId: `g-${t}`, topics: [t], handle: async (m) => void got.push(m) });
      await bus.publish(t, [
        { key: 'a', value: 'a1' },
        { key: 'b', value: 'b1' },
        { key: 'a', value: 'a2' },
      ]);
      await bus.publish(t, [{ key: 'a', value: 'a3' }]);
      await waitFor(() => got.length === 4);
      expect(got.filter((m) => m.key === 'a').map((m) => m.value)).toEqual(['a1', 'a2', 'a3']);
    });

    it('reports the lag of a group: the messages it has not yet committed', async () => {
      const bus = await openBus();
      const t = topic();
      await bus.publish(t, [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
        { key: 'c', value: '3' },
      ]);
      expect(await bus.lag(`g-${t}`, [t])).toBe(3);
      let handled = 0;
      await bus.subscribe({ groupId: `g-${t}`, topics: [t], handle: async () => void handled++ });
      await waitFor(() => handled === 3);
      const until = Date.now() + 15000;
      while ((await bus.lag(`g-${t}`, [t])) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await bus.lag(`g-${t}`, [t])).toBe(0);
    });

    it('gives each consumer group its own copy of the stream', async () => {
      const bus = await openBus();
      const t = topic();
      const one: string[] = [];
      const two: string[] = [];
      await bus.subscribe({ groupId: `one-${t}`, topics: [t], handle: async (m) => void one.push(m.value) });
      await bus.subscribe({ groupId: `two-${t}`, topics: [t], handle: async (m) => void two.push(m.value) });
      await bus.publish(t, [{ key: 'k', value: 'x' }, { key: 'k', value: 'y' }]);
      await waitFor(() => one.length === 2 && two.length === 2);
      await settle();
      // The whole stream for each group: neither shares out the other's messages, nor gets one twice.
      expect(one).toEqual(['x', 'y']);
      expect(two).toEqual(['x', 'y']);
    });

    it('redelivers a message whose handler failed (at-least-once)', async () => {
      const bus = await openBus();
      const t = topic();
      let attempts = 0;
      const done: string[] = [];
      await bus.subscribe({
        groupId: `g-${t}`,
        topics: [t],
        handle: async (m) => {
          attempts++;
          if (attempts === 1) throw new Error('transient failure');
          done.push(m.value);
        },
      });
      await bus.publish(t, [{ key: 'k', value: 'v' }]);
      await waitFor(() => done.length === 1);
      expect(attempts).toBe(2);
    });

    it('retries a failing message until it succeeds and never skips it', async () => {
      const bus = await openBus();
      const t = topic();
      const seen: string[] = [];
      let failures = 0;
      await bus.subscribe({
        groupId: `g-${t}`,
        topics: [t],
        handle: async (m) => {
          if (m.value === '2' && failures < 2) {
            failures++;
            throw new Error('not yet');
          }
          seen.push(m.value);
        },
      });
      await bus.publish(t, [{ key: 'k', value: '1' }, { key: 'k', value: '2' }, { key: 'k', value: '3' }]);
      await waitFor(() => seen.length === 3);
      expect(seen).toEqual(['1', '2', '3']);
      expect(failures).toBe(2);
    });

    it('lets the message in hand finish and commits it when a subscription stops', async () => {
      const t = topic();
      const first = await openBus();
      let started = 0;
      let finished = 0;
      const sub = await first.subscribe({
        groupId: `g-${t}`,
        topics: [t],
        handle: async () => {
          started++;
          await new Promise((r) => setTimeout(r, 500));
          finished++;
        },
      });
      await first.publish(t, [{ key: 'k', value: '1' }]);
      await waitFor(() => started === 1);
      await sub.stop();
      expect(finished).toBe(1);
      await first.publish(t, [{ key: 'k', value: '2' }]);
      expect(await readOnReopen(t)).toEqual(['2']);
    });

    it('resumes a group from its committed offset after a restart', async () => {
      const t = topic();
      const first = await openBus();
      const seen: string[] = [];
      const sub = await first.subscribe({ groupId: `g-${t}`, topics: [t], handle: async (m) => void seen.push(m.value) });
      await first.publish(t, [{ key: 'k', value: '1' }, { key: 'k', value: '2' }]);
      await waitFor(() => seen.length === 2);
      await sub.stop();
      await first.publish(t, [{ key: 'k', value: '3' }]);
      expect(await readOnReopen(t)).toEqual(['3']);
    });

    it('replays a topic from the start after a rewind', async () => {
      const bus = await openBus();
      const t = topic();
      const seen: string[] = [];
      const sub = await bus.subscribe({ groupId: `g-${t}`, topics: [t], handle: async (m) => void seen.push(m.value) });
      await bus.publish(t, [{ key: 'k', value: '1' }, { key: 'k', value: '2' }]);
      await waitFor(() => seen.length === 2);
      await sub.stop();
      await bus.rewind(`g-${t}`, [t]);
      await bus.subscribe({ groupId: `g-${t}`, topics: [t], handle: async (m) => void seen.push(m.value) });
      await waitFor(() => seen.length === 4);
      expect(seen).toEqual(['1', '2', '1', '2']);
    });
  });
}
