import { EventTypes, eventCatalog } from '@cb/contracts';
import { SqliteLogBus } from '../../src/bus/event-bus.sqlite-log';
import { DEAD_LETTER_TOPIC, consume, type RunningConsumer } from '../../src/events/consumer';
import { newEvent, type EventEnvelope, type OutgoingEvent } from '../../src/events/envelope';
import type { SqliteStore } from '../../src/store/store.sqlite';
import { openEmbeddedParts, until } from './embedded-parts';

/**
 * The kit's consumer on the real embedded adapters (SQLite store, SQLite log bus): the only stand-in
 * is the handler, a function that records what it was given.
 */
const GROUP = 'test-consumer';
const TOPIC = eventCatalog[EventTypes.studentErased].topic;

let bus: SqliteLogBus;
let store: SqliteStore;
let closeParts: () => Promise<void>;
let running: RunningConsumer | undefined;

beforeEach(() => ({ bus, store, close: closeParts } = openEmbeddedParts('cb-consumer-', (file) => new SqliteLogBus(file))));
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await closeParts();
});

const erased = (studentId: string): OutgoingEvent => newEvent('/test/kit', EventTypes.studentErased, studentId, { studentId });
const publish = (...outgoing: OutgoingEvent[]) => bus.publish(TOPIC, outgoing.map((o) => ({ key: o.key, value: JSON.stringify(o.event) })));

/** Waits until the group has committed every message on its topic (the handler returned for each). */
async function drained(): Promise<void> {
  const until = Date.now() + 10_000;
  while ((await bus.lag(GROUP, [TOPIC])) > 0) {
    if (Date.now() > until) throw new Error('the consumer did not drain its topic');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the kit consumer', () => {
  it('acts once on an event delivered twice (the inbox skips the same id)', async () => {
    const event = erased('stu-1');
    const seen: string[] = [];
    running = await consume(bus, store, GROUP, { [EventTypes.studentErased]: async (e: EventEnvelope) => void seen.push(e.id) });
    await publish(event, event);
    await drained();
    expect(seen).toEqual([event.event.id]);
    expect(await store.hasHandled(event.event.id)).toBe(true);
  });

  it('acts once when the same event arrives again after a restart (the inbox survives, not only the offset)', async () => {
    const event = erased('stu-2');
    const seen: string[] = [];
    const subscriptions = { [EventTypes.studentErased]: async (e: EventEnvelope) => void seen.push(e.id) };
    running = await consume(bus, store, GROUP, subscriptions);
    await publish(event);
    await drained();
    await running.stop();
    // A rebuild replays the whole log to the same store: the event is delivered again.
    await bus.rewind(GROUP, [TOPIC]);
    running = await consume(bus, store, GROUP, subscriptions);
    await drained();
    expect(seen).toEqual([event.event.id]);
  });

  it('marks an event handled only after its handler has stored the effect', async () => {
    const event = erased('stu-3');
    const handledDuringHandler: boolean[] = [];
    running = await consume(bus, store, GROUP, {
      [EventTypes.studentErased]: async (e: EventEnvelope) => void handledDuringHandler.push(await store.hasHandled(e.id)),
    });
    await publish(event);
    await drained();
    expect(handledDuringHandler).toEqual([false]);
    expect(await store.hasHandled(event.event.id)).toBe(true);
  });

  it('retries a handler that throws, keeping the event unhandled and uncommitted until it succeeds; it is not dead-lettered', async () => {
    const event = erased('stu-4');
    let calls = 0;
    const whileFailing: Array<{ handled: boolean; lag: number }> = [];
    running = await consume(bus, store, GROUP, {
      [EventTypes.studentErased]: async (e: EventEnvelope) => {
        calls++;
        if (calls <= 2) {
          whileFailing.push({ handled: await store.hasHandled(e.id), lag: await bus.lag(GROUP, [TOPIC]) });
          throw new Error('the projection store is briefly unreachable');
        }
      },
    });
    await publish(event);
    await drained();
    expect(calls).toBe(3);
    expect(whileFailing).toEqual([
      { handled: false, lag: 1 },
      { handled: false, lag: 1 },
    ]);
    expect(await store.hasHandled(event.event.id)).toBe(true);
    expect(await bus.size(DEAD_LETTER_TOPIC)).toBe(0);
  });

  it('does not pass the next event while an earlier one keeps failing (order per partition holds)', async () => {
    const first = erased('stu-5');
    const second = erased('stu-6');
    const seen: string[] = [];
    let failing = true;
    running = await consume(bus, store, GROUP, {
      [EventTypes.studentErased]: async (e: EventEnvelope) => {
        seen.push(e.subject);
        if (failing && e.subject === 'stu-5') throw new Error('not yet');
      },
    });
    await publish(first, second);
    await until(() => seen.length >= 2, 'a retry of the failing event');
    expect(seen).toEqual(['stu-5', 'stu-5']);
    failing = false;
    await drained();
    expect(seen.slice(-2)).toEqual(['stu-5', 'stu-6']);
    expect(seen.filter((s) => s === 'stu-6')).toHaveLength(1);
  });

  it('dead-letters an event that fails its contract, unchanged, and goes on with the next one', async () => {
    const broken = { ...erased('stu-7').event, data: { studentId: 42 } };
    const good = erased('stu-8');
    const seen: string[] = [];
    running = await consume(bus, store, GROUP, { [EventTypes.studentErased]: async (e: EventEnvelope) => void seen.push(e.subject) });
    await bus.publish(TOPIC, [{ key: 'stu-7', value: JSON.stringify(broken) }]);
    await publish(good);
    await drained();
    expect(seen).toEqual(['stu-8']);
    expect(await bus.size(DEAD_LETTER_TOPIC)).toBe(1);

    const dead: string[] = [];
    const reader = await bus.subscribe({ groupId: 'dead-letter-reader', topics: [DEAD_LETTER_TOPIC], handle: async (m) => void dead.push(m.value) });
    await until(() => dead.length === 1, 'the dead letter');
    await reader.stop();
    expect(JSON.parse(dead[0])).toEqual(broken);
    expect(await store.hasHandled(broken.id)).toBe(false);
  });

  it('passes over events of a type the table does not subscribe to, without marking them', async () => {
    const other = newEvent('/test/kit', EventTypes.studentRegistered, 'stu-9', registeredFacts('stu-9'));
    expect(other.topic).toBe(TOPIC);
    const seen: string[] = [];
    running = await consume(bus, store, GROUP, { [EventTypes.studentErased]: async (e: EventEnvelope) => void seen.push(e.subject) });
    await publish(other, erased('stu-10'));
    await drained();
    expect(seen).toEqual(['stu-10']);
    expect(await store.hasHandled(other.event.id)).toBe(false);
  });
});

function registeredFacts(studentId: string) {
  return {
    studentId,
    institutionId: 'hogeschool-rotterdam',
    programmeId: 'hr-hbo-ict',
    level: 'BACHELOR' as const,
    studyYear: 3,
    skills: [],
    preferences: { sectors: [], types: [], municipalities: [], availableFrom: null, availableUntil: null, hoursPerWeek: null },
    discoverable: true,
  };
}
