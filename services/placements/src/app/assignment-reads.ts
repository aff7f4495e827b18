import { batched, batchedById, type ById } from '@cb/kit';
import { HOLDING_STATUSES } from '../domain/placement';
import type { AssignmentView } from '../domain/read-models';
import { placesTaken, type PlacementsData } from './data';

/**
 * What the Assignment fields (placesLeft, filled, openForApplications, applicationsCloseOn,
 * canApply) read about an assignment: the read model and the places taken.
 */
export interface AssignmentReads {
  assignment: ById<AssignmentView>;
  placesTaken(assignmentId: string): Promise<number>;
}

/** One read per call, for use cases asked about one assignment. */
export const directReads = (data: PlacementsData): AssignmentReads => ({
  assignment: (id) => data.assignments.get(id),
  placesTaken: (id) => placesTaken(data, id),
});

/**
 * For one GraphQL request: a page of search hits asks each field for every hit at once, and these
 * answer each kind of read with one store query for the whole page instead of one per hit and field.
 */
export function batchedReads(data: PlacementsData): AssignmentReads {
  return {
    assignment: batchedById(data.assignments),
    placesTaken: batched(async (ids) => {
      // The same count as placesTaken (data.ts), for many assignments in one query.
      const holding = await data.placements.find({ assignmentId: { in: [...new Set(ids)] }, status: { in: HOLDING_STATUSES } });
      const taken = new Map<string, number>();
      for (const p of holding) taken.set(p.assignmentId, (taken.get(p.assignmentId) ?? 0) + 1);
      return ids.map((id) => taken.get(id) ?? 0);
    }),
  };
}
