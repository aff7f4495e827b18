import { logger, type Collection, type Doc, type EventEnvelope, type Store, type WriteOptions } from '@cb/kit';
import { APPLICATIONS, type Application } from '../domain/application';
import { HOLDING_STATUSES, PLACEMENTS, type Placement } from '../domain/placement';
import {
  ASSIGNMENT_VIEWS,
  COMPANY_VIEWS,
  ERASED_STUDENTS,
  STUDENT_VIEWS,
  type AssignmentView,
  type CompanyView,
  type ErasedStudent,
  type StudentView,
} from '../domain/read-models';

/**
 * The placements context's collections: its two aggregates and its read models of the other
 * services. The progress read model and the targets are the progress context's (progress/app/data.ts).
 */
export interface PlacementsData {
  applications: Collection<Application>;
  placements: Collection<Placement>;
  assignments: Collection<AssignmentView>;
  companies: Collection<CompanyView>;
  students: Collection<StudentView>;
  erased: Collection<ErasedStudent>;
}

/**
 * With `afterCommit`, every write of an application or placement hands its events to it once
 * stored. The composition root (service.ts) is the one place that passes it: it is the progress
 * context's read-your-writes shortcut, registered there in plain sight.
 */
export function openData(store: Store, afterCommit?: AfterCommit): PlacementsData {
  const watch = <T extends Doc>(c: Collection<T>) => (afterCommit ? watched(c, afterCommit) : c);
  return {
    applications: watch(store.collection<Application>(APPLICATIONS)),
    placements: watch(store.collection<Placement>(PLACEMENTS)),
    assignments: store.collection<AssignmentView>(ASSIGNMENT_VIEWS),
    companies: store.collection<CompanyView>(COMPANY_VIEWS),
    students: store.collection<StudentView>(STUDENT_VIEWS),
    erased: store.collection<ErasedStudent>(ERASED_STUDENTS),
  };
}

/** Called with each event of a write, in the request, after the write (and its outbox rows) committed. */
export type AfterCommit = (event: EventEnvelope) => Promise<void>;

/**
 * A collection whose writes hand their events to `afterCommit` once committed. A listener failing
 * is logged, not thrown: the write did happen, and the bus delivers the event again.
 */
function watched<T extends Doc>(c: Collection<T>, afterCommit: AfterCommit): Collection<T> {
  const after = async <R>(result: R, options?: WriteOptions): Promise<R> => {
    for (const { event } of options?.events ?? []) {
      try {
        await afterCommit(event);
      } catch (err) {
        logger.warn({ service: 'placements', type: event.type, eventId: event.id, reason: (err as Error).message }, 'read model not updated in the request; the bus will retry');
      }
    }
    return result;
  };
  return {
    get: (id) => c.get(id),
    find: (filter, options) => c.find(filter, options),
    count: (filter) => c.count(filter),
    put: (doc) => c.put(doc),
    insert: async (doc, options) => after(await c.insert(doc, options), options),
    update: async (doc, options) => after(await c.update(doc, options), options),
    delete: async (id, options) => after(await c.delete(id, options), options),
  };
}

/** Placements that hold one of the assignment's places (a cancelled one gave its place back). */
export const placesTaken = (data: PlacementsData, assignmentId: string) =>
  data.placements.count({ assignmentId, status: { in: HOLDING_STATUSES } });

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
