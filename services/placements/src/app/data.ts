import { StaleWriteError, logger, type Collection, type Doc, type EventEnvelope, type OutgoingEvent, type Store, type WriteOptions } from '@cb/kit';
import { APPLICATIONS, type Application } from '../domain/application';
import { HOLDING_STATUSES, PLACEMENTS, type Placement } from '../domain/placement';
import {
  FUNNEL_ENTRIES,
  GOAL_ENTRIES,
  MONTH_STARTS,
  PERIOD_FIGURES,
  type FunnelEntry,
  type GoalEntry,
  type MonthStarts,
  type StoredPeriodFigures,
} from '../domain/progress';
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
import { TARGETS, type StoredTarget } from '../domain/targets';

/**
 * The placements service's own collections: its two aggregates, its read models of the others, the
 * progress read model kept by its own events, and the targets staff set.
 */
export interface PlacementsData {
  applications: Collection<Application>;
  placements: Collection<Placement>;
  assignments: Collection<AssignmentView>;
  companies: Collection<CompanyView>;
  students: Collection<StudentView>;
  erased: Collection<ErasedStudent>;
  goalEntries: Collection<GoalEntry>;
  funnelEntries: Collection<FunnelEntry>;
  monthStarts: Collection<MonthStarts>;
  periodFigures: Collection<StoredPeriodFigures>;
  targets: Collection<StoredTarget>;
}

/** With `committed`, every write of an application or placement hands its events to it once stored. */
export function openData(store: Store, committed?: CommittedEvents): PlacementsData {
  const watch = <T extends Doc>(c: Collection<T>) => (committed ? committed.watch(c) : c);
  return {
    applications: watch(store.collection<Application>(APPLICATIONS)),
    placements: watch(store.collection<Placement>(PLACEMENTS)),
    assignments: store.collection<AssignmentView>(ASSIGNMENT_VIEWS),
    companies: store.collection<CompanyView>(COMPANY_VIEWS),
    students: store.collection<StudentView>(STUDENT_VIEWS),
    erased: store.collection<ErasedStudent>(ERASED_STUDENTS),
    goalEntries: store.collection<GoalEntry>(GOAL_ENTRIES),
    funnelEntries: store.collection<FunnelEntry>(FUNNEL_ENTRIES),
    monthStarts: store.collection<MonthStarts>(MONTH_STARTS),
    periodFigures: store.collection<StoredPeriodFigures>(PERIOD_FIGURES),
    targets: store.collection<StoredTarget>(TARGETS),
  };
}

export type CommittedListener = (event: EventEnvelope) => Promise<void>;

/**
 * Read-your-writes for this service's own read models. The events of a write reach its consumer
 * through the outbox and the bus a moment later; a staff member who starts a placement and then
 * looks at the count should not have to wait for that. So the same handlers the bus runs are also
 * run right after the write commits, in the request. They are idempotent, so the bus delivering the
 * event again changes nothing; and if this process stops in between, the bus delivery is what
 * applies it. A handler failing here is logged, not thrown: the write did happen, and the bus retries.
 */
export class CommittedEvents {
  private readonly listeners: CommittedListener[] = [];

  listen(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  watch<T extends Doc>(c: Collection<T>): Collection<T> {
    const after = async <R>(result: R, options?: WriteOptions): Promise<R> => {
      await this.committed(options?.events ?? []);
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

  private async committed(events: readonly OutgoingEvent[]): Promise<void> {
    for (const { event } of events) {
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (err) {
          logger.warn({ service: 'placements', type: event.type, eventId: event.id, reason: (err as Error).message }, 'read model not updated in the request; the bus will retry');
        }
      }
    }
  }
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
