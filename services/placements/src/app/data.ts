import { StaleWriteError, type Collection, type Doc, type OutgoingEvent, type Store } from '@cb/kit';
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

/** The placements service's own collections: its two aggregates and its read models of the others. */
export interface PlacementsData {
  applications: Collection<Application>;
  placements: Collection<Placement>;
  assignments: Collection<AssignmentView>;
  companies: Collection<CompanyView>;
  students: Collection<StudentView>;
  erased: Collection<ErasedStudent>;
}

export function openData(store: Store): PlacementsData {
  return {
    applications: store.collection<Application>(APPLICATIONS),
    placements: store.collection<Placement>(PLACEMENTS),
    assignments: store.collection<AssignmentView>(ASSIGNMENT_VIEWS),
    companies: store.collection<CompanyView>(COMPANY_VIEWS),
    students: store.collection<StudentView>(STUDENT_VIEWS),
    erased: store.collection<ErasedStudent>(ERASED_STUDENTS),
  };
}

/** Placements that hold one of the assignment's places (a cancelled one gave its place back). */
export const placesTaken = (data: PlacementsData, assignmentId: string) =>
  data.placements.count({ assignmentId, status: { in: HOLDING_STATUSES } });

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const MAX_ATTEMPTS = 20;

/**
 * Optimistic concurrency without transactions: read, decide, write if nobody wrote in between, else
 * decide again on the fresh document. `change` returns the next document with its events, or
 * undefined to leave the document as it is; a DomainError it throws reaches the caller.
 */
export async function updateWithRetry<T extends Doc>(
  collection: Collection<T>,
  id: string,
  change: (current: T) => { doc: T; events?: OutgoingEvent[] } | undefined,
): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await collection.get(id);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    try {
      return await collection.update(next.doc, { events: next.events });
    } catch (err) {
      if (!(err instanceof StaleWriteError) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
