import { EventTypes, type AssignmentFacts, type CompanyFacts, type PlacementFacts, type StudentFacts } from '@cb/contracts';
import { DEAD_LETTER_TOPIC, SqliteLogBus, SqliteStore, consume, newEvent, openTypedIndex, type OutgoingEvent, type Store, type Subscriptions } from '@cb/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchProjection } from '../../src/app/projection';
import { ASSIGNMENT_INDEX, type AssignmentSearchDoc } from '../../src/domain/assignment-doc';
import { searchSubscriptions } from '../../src/events/subscriptions';

/** Real CloudEvents, validated against the contracts exactly as the owning services publish them. */
const SOURCE = '/test/search';

export { companyFacts } from '../../../../test/support/service-tests';

export const assignmentFacts = (assignmentId: string, companyId: string, over: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  assignmentId,
  companyId,
  status: 'PUBLISHED',
  title: 'Developer voor de havenplanning',
  description: 'Je bouwt mee aan een planningssysteem voor binnenvaartschepen.',
  type: 'INTERNSHIP',
  levels: ['BACHELOR'],
  sector: 'ICT',
  requiredSkills: [{ skillId: 'typescript', level: 2 }],
  niceToHaveSkills: [],
  // Far enough ahead that the assignment is open for applications on any day these tests run.
  periodStart: '2029-09-01',
  periodEnd: '2030-01-31',
  hoursPerWeek: 32,
  municipality: 'dordrecht',
  remote: false,
  places: 1,
  applicationDeadline: null,
  allowancePerMonth: 500,
  language: 'NL',
  publishedAt: '2026-02-01T09:00:00.000Z',
  ...over,
});

export const studentFacts = (studentId: string, over: Partial<StudentFacts> = {}): StudentFacts => ({
  studentId,
  institutionId: 'hogeschool-rotterdam',
  programmeId: 'hr-hbo-ict',
  level: 'BACHELOR',
  studyYear: 3,
  skills: [{ skillId: 'typescript', level: 3 }],
  preferences: { sectors: ['ICT'], types: [], municipalities: [], availableFrom: null, availableUntil: null, hoursPerWeek: null },
  discoverable: true,
  ...over,
});

export const placementFacts = (placementId: string, assignmentId: string, over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  placementId,
  applicationId: `app-${placementId}`,
  assignmentId,
  studentId: 'stu-placed',
  companyId: 'com-1',
  status: 'CONFIRMED',
  confirmedAt: '2026-02-10T09:00:00.000Z',
  startDate: null,
  endDate: null,
  cancelledAfterStart: false,
  ...over,
});

export const events = {
  companyRegistered: (f: CompanyFacts) => newEvent(SOURCE, EventTypes.companyRegistered, f.companyId, f),
  companyUpdated: (f: CompanyFacts) => newEvent(SOURCE, EventTypes.companyUpdated, f.companyId, f),
  companyRemoved: (companyId: string) => newEvent(SOURCE, EventTypes.companyRemoved, companyId, { companyId }),
  assignmentChanged: (f: AssignmentFacts) => newEvent(SOURCE, EventTypes.assignmentChanged, f.assignmentId, f),
  assignmentPublished: (f: AssignmentFacts) => newEvent(SOURCE, EventTypes.assignmentPublished, f.assignmentId, f),
  assignmentClosed: (f: AssignmentFacts) => newEvent(SOURCE, EventTypes.assignmentClosed, f.assignmentId, { ...f, status: 'CLOSED' }),
  studentRegistered: (f: StudentFacts) => newEvent(SOURCE, EventTypes.studentRegistered, f.studentId, f),
  studentProfileUpdated: (f: StudentFacts) => newEvent(SOURCE, EventTypes.studentProfileUpdated, f.studentId, f),
  studentErased: (studentId: string) => newEvent(SOURCE, EventTypes.studentErased, studentId, { studentId }),
  applicationSubmitted: (applicationId: string, assignmentId: string, studentId: string, companyId: string) =>
    newEvent(SOURCE, EventTypes.applicationSubmitted, applicationId, { applicationId, assignmentId, studentId, companyId, status: 'SUBMITTED', at: '2026-02-15T09:00:00.000Z' }),
  placementConfirmed: (f: PlacementFacts) => newEvent(SOURCE, EventTypes.placementConfirmed, f.placementId, f),
  placementChanged: (f: PlacementFacts) => newEvent(SOURCE, EventTypes.placementChanged, f.placementId, f),
};

/**
 * Delivers events through the kit's real consumer: published to their topics on an embedded log bus
 * and consumed by the search group until it has committed them all, so parsing, the inbox's dedupe
 * and the handled mark are the production code's. The inbox lives in `store`, so an event delivered
 * in an earlier call is skipped, as after a restart.
 */
export async function deliver(subscriptions: Subscriptions, store: Store, outgoing: OutgoingEvent[]): Promise<void> {
  for (const out of outgoing) {
    if (!subscriptions[out.event.type]) throw new Error(`search does not subscribe to ${out.event.type}`);
  }
  const bus = new SqliteLogBus(':memory:');
  try {
    for (const out of outgoing) await bus.publish(out.topic, [{ key: out.key, value: JSON.stringify(out.event) }]);
    const consumer = await consume(bus, store, 'search-test', subscriptions);
    try {
      await eventually(async () => (await bus.lag(consumer.groupId, consumer.topics)) === 0, 'the consumer to handle every event');
    } finally {
      await consumer.stop();
    }
    if ((await bus.size(DEAD_LETTER_TOPIC)) > 0) throw new Error('an event was dead-lettered');
  } finally {
    await bus.close();
  }
}

/** Polls until `check` returns a truthy value. */
export async function eventually<T>(check: () => Promise<T | false | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The search service's projection on a real SQLite store in `dir`, its index in a file there or in memory. */
export async function openProjection(dir: string, { indexInFile }: { indexInFile: boolean }) {
  const store = new SqliteStore(join(dir, 'search.sqlite'));
  const index = await openTypedIndex<AssignmentSearchDoc>({ settings: ASSIGNMENT_INDEX, ...(indexInFile ? { file: join(dir, 'search-index.json') } : {}) });
  const projection = new SearchProjection(store, index);
  return { store, index, projection, subscriptions: searchSubscriptions(projection) };
}

type Projection = Awaited<ReturnType<typeof openProjection>>;

/**
 * A projection of its own for each test of the describe block that calls this, in a temporary
 * folder removed after the test, with the use cases `useCases` builds over it. The fields are the
 * current test's; `close` then `open` closes it (the SQLite log checkpointed into its file, the
 * index written) and opens it again on the same folder, as after a restart.
 */
export function projectionPerTest<U extends object>({ indexInFile }: { indexInFile: boolean }, useCases: (parts: Projection) => U) {
  const world = {} as Projection & U & { dir: string };
  const open = async () => {
    const parts = await openProjection(world.dir, { indexInFile });
    Object.assign(world, parts, useCases(parts));
  };
  const close = async () => {
    await world.projection.index.close();
    await world.store.close();
  };
  beforeEach(async () => {
    world.dir = mkdtempSync(join(tmpdir(), 'cb-search-component-'));
    await open();
  });
  afterEach(async () => {
    await close();
    rmSync(world.dir, { recursive: true, force: true });
  });
  return Object.assign(world, { open, close, feed: (...outgoing: OutgoingEvent[]) => deliver(world.subscriptions, world.store, outgoing) });
}
