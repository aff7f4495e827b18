import { EventTypes, type AssignmentFacts, type CompanyFacts, type EventType, type StudentFacts } from '@cb/contracts';
import { SqliteStore, newEvent, type EventEnvelope, type Handler, type Store, type Viewer } from '@cb/kit';
import type { Clock } from '../../src/app/data';
import { composePlacements } from '../../src/service';
import { STAFF, asCompany, asStudent, companyFacts, domainError } from '../../../../test/support/service-tests';

export { STAFF, asCompany, asStudent, domainError };

/**
 * The service's use cases on a real SQLite store, fed with events the way the consumer feeds them.
 * With `readYourWrites: false` the progress read model learns of the service's own writes only from
 * events delivered with `deliverOwn` (the bus path), not in the request.
 */
export function createWorld(
  now = '2027-01-15T10:00:00Z',
  { readYourWrites = true, maxOpenApplications = Number.POSITIVE_INFINITY, store = new SqliteStore(':memory:') }: { readYourWrites?: boolean; maxOpenApplications?: number; store?: Store } = {},
) {
  let clockNow = new Date(now);
  const clock: Clock = () => clockNow;
  const parts = composePlacements(store, { clock, readYourWrites, maxOpenApplications });
  const { data, subscriptions } = parts;
  let n = 0;

  async function deliver<T extends EventType>(type: T, subject: string, payload: EventEnvelope<T>['data'], time?: string) {
    const { event } = newEvent('/test', type, subject, payload);
    const envelope = { ...event, time: time ?? event.time } as EventEnvelope<T>;
    await (subscriptions[type] as Handler<T>)(envelope);
  }

  /** Delivers an event as the bus hands it over: an envelope as it was written to the outbox. */
  async function deliverEnvelope(envelope: EventEnvelope) {
    const handler = subscriptions[envelope.type] as Handler | undefined;
    if (handler) await handler(envelope);
  }

  const world = {
    store,
    data,
    progressData: parts.progressData,
    projection: parts.projection,
    applications: parts.applications,
    placements: parts.placements,
    progress: parts.progress,
    audit: parts.audit,
    offerExpiry: parts.offerExpiry,
    motivationRetention: parts.motivationRetention,
    deliver,
    deliverEnvelope,
    now: () => clockNow,
    setNow(instant: string) {
      clockNow = new Date(instant);
    },

    /**
     * Records a start the way it happens in life: on the start day itself (noon UTC is that day in
     * Amsterdam), so a test about counting is not refused by the start-date rules; then the clock
     * goes back to where the test had it.
     */
    async startOn(viewer: Viewer, placementId: string, startDate: string) {
      const before = clockNow;
      clockNow = new Date(`${startDate}T12:00:00Z`);
      try {
        return await world.placements.start(viewer, placementId, startDate);
      } finally {
        clockNow = before;
      }
    },

    async company(over: Partial<CompanyFacts> = {}) {
      const id = over.companyId ?? `com_${++n}`;
      await deliver(EventTypes.companyRegistered, id, companyFacts(id, over));
      return id;
    },

    assignmentFacts(companyId: string, over: Partial<AssignmentFacts> = {}): AssignmentFacts {
      return {
        assignmentId: `asg_${++n}`,
        companyId,
        status: 'PUBLISHED',
        title: 'Afstudeeropdracht datakoppelingen',
        description: 'Bouw een koppeling tussen planning en werkplaats.',
        type: 'GRADUATION',
        levels: ['BACHELOR'],
        sector: 'ICT',
        requiredSkills: [],
        niceToHaveSkills: [],
        periodStart: '2027-02-01',
        periodEnd: '2027-07-01',
        hoursPerWeek: 36,
        municipality: 'dordrecht',
        remote: false,
        places: 2,
        applicationDeadline: null,
        allowancePerMonth: null,
        language: 'NL',
        publishedAt: '2027-01-01T09:00:00Z',
        ...over,
      };
    },

    async assignment(companyId: string, over: Partial<AssignmentFacts> = {}) {
      const facts = world.assignmentFacts(companyId, over);
      const type = facts.status === 'PUBLISHED' ? EventTypes.assignmentPublished : EventTypes.assignmentChanged;
      await deliver(type, facts.assignmentId, facts);
      return facts.assignmentId;
    },

    studentFacts(id: string, over: Partial<StudentFacts> = {}): StudentFacts {
      return {
        studentId: id,
        institutionId: 'hogeschool-rotterdam',
        programmeId: 'hr-hbo-ict',
        level: 'BACHELOR',
        studyYear: 3,
        skills: [],
        preferences: { sectors: [], types: [], municipalities: [], availableFrom: null, availableUntil: null, hoursPerWeek: null },
        discoverable: false,
        ...over,
      };
    },

    async student(over: Partial<StudentFacts> = {}) {
      const id = over.studentId ?? `stu_${++n}`;
      await deliver(EventTypes.studentRegistered, id, world.studentFacts(id, over));
      return id;
    },

    apply(studentId: string, assignmentId: string, motivation = 'Ik wil graag in de Drechtsteden afstuderen.') {
      return world.applications.apply(asStudent(studentId), { assignmentId, motivation });
    },

    /** A student with an application that the company has offered a place. */
    async offered(companyId: string, assignmentId: string, over: Partial<StudentFacts> = {}) {
      const studentId = await world.student(over);
      const application = await world.apply(studentId, assignmentId);
      await world.applications.move(asCompany(companyId), application.id, 'OFFERED', 'Welkom!');
      return { studentId, applicationId: application.id };
    },

    /** The events waiting in the outbox, as their types and data. */
    async outbox() {
      const entries = await store.pendingOutbox(1000);
      return entries.map((e) => JSON.parse(e.event) as { type: string; data: Record<string, unknown> });
    },

    /**
     * The bus path: delivers the service's own events waiting in the outbox to its subscriptions,
     * as the relay and the consumer do a moment after a write (the funnel learns of applications so).
     */
    async settle() {
      for (const envelope of await world.drainOutbox()) await deliverEnvelope(envelope);
    },

    /** Takes the events out of the outbox as whole envelopes, oldest first, as the relay does. */
    async drainOutbox(): Promise<EventEnvelope[]> {
      const entries = await store.pendingOutbox(100_000);
      await store.markRelayed(entries);
      return entries.map((e) => JSON.parse(e.event) as EventEnvelope);
    },
  };
  return world;
}

export type World = ReturnType<typeof createWorld>;

/** A world with one approved organisation, where most suites start (the caller closes `w.store`). */
export async function worldWithCompany(now?: string) {
  const w = createWorld(now);
  return { w, companyId: await w.company() };
}
