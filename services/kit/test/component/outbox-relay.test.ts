import { EventTypes, eventCatalog } from '@cb/contracts';
import { SqliteLogBus } from '../../src/bus/event-bus.sqlite-log';
import type { BusMessage } from '../../src/bus/port';
import { newEvent } from '../../src/events/envelope';
import { startOutboxRelay } from '../../src/events/outbox-relay';
import type { SqliteStore } from '../../src/store/store.sqlite';
import { openEmbeddedParts, until } from './embedded-parts';

/** The outbox relay between the real embedded store and the real SQLite log bus. */
const TOPIC = eventCatalog[EventTypes.studentErased].topic;

/** The real log bus, made unreachable on demand: publish rejects as a broker that is down does. */
class BusThatCanBeDown extends SqliteLogBus {
  down = false;
  override async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (this.down) throw new Error('broker unreachable');
    return super.publish(topic, messages);
  }
}

let bus: BusThatCanBeDown;
let store: SqliteStore;
let closeParts: () => Promise<void>;
let relay: ReturnType<typeof startOutboxRelay> | undefined;

beforeEach(() => ({ bus, store, close: closeParts } = openEmbeddedParts('cb-relay-', (file) => new BusThatCanBeDown(file))));
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
  await closeParts();
});

/** Writes a document with its event, as a use case does; returns the event id. */
async function write(id: string): Promise<string> {
  const out = newEvent('/test/kit', EventTypes.studentErased, id, { studentId: id });
  await store.collection<{ id: string }>({ name: 'things' }).insert({ id }, { events: [out] });
  return out.event.id;
}

/** The ids on the topic, in log order. */
async function published(): Promise<string[]> {
  const ids: string[] = [];
  const n = await bus.size(TOPIC);
  const reader = await bus.subscribe({ groupId: `reader-${Math.random()}`, topics: [TOPIC], handle: async (m) => void ids.push(JSON.parse(m.value).id) });
  const until = Date.now() + 10_000;
  while (ids.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  await reader.stop();
  return ids;
}

describe('the outbox relay', () => {
  it('publishes pending rows in the order they were written and removes them from the outbox', async () => {
    const ids = [await write('a'), await write('b'), await write('c')];
    expect(await store.outboxBacklog()).toBe(3);
    relay = startOutboxRelay(store, bus, 'test');
    await until(async () => (await store.outboxBacklog()) === 0, 'an empty outbox');
    expect(await published()).toEqual(ids);
  });

  it('relays a write made while it runs without waiting for its poll', async () => {
    relay = startOutboxRelay(store, bus, 'test');
    const id = await write('d');
    await until(async () => (await bus.size(TOPIC)) === 1, 'the event on the bus');
    expect(await published()).toEqual([id]);
    expect(await store.outboxBacklog()).toBe(0);
  });

  it('keeps rows pending while the bus is down, writes keep succeeding, and relays them once it is back', async () => {
    bus.down = true;
    relay = startOutboxRelay(store, bus, 'test');
    const ids = [await write('e'), await write('f')];
    // Long enough for the relay to have tried and failed more than once (its first backoff is 400 ms).
    await new Promise((r) => setTimeout(r, 700));
    expect(await store.outboxBacklog()).toBe(2);
    expect(await bus.size(TOPIC)).toBe(0);
    ids.push(await write('g'));
    bus.down = false;
    await until(async () => (await store.outboxBacklog()) === 0, 'the outbox to drain after the bus came back');
    expect(await published()).toEqual(ids);
  });

  it('flush() relays everything pending before it returns', async () => {
    relay = startOutboxRelay(store, bus, 'test');
    await relay.stop();
    const ids = [await write('h'), await write('i')];
    await relay.flush();
    relay = undefined;
    expect(await store.outboxBacklog()).toBe(0);
    expect(await published()).toEqual(ids);
  });
});
