import type { AssignmentFacts } from '@cb/contracts';
import type { Collection } from '@cb/kit';
import type { AssignmentView } from '../domain/read-models';
import { putIfNewer } from './put-if-newer';

/** assignment.changed / published / closed: the whole facts replace the view, unless they are older. */
export const projectAssignment =
  (views: Collection<AssignmentView>) =>
  async (event: { time: string; data: AssignmentFacts }): Promise<void> => {
    const d = event.data;
    await putIfNewer(views, {
      id: d.assignmentId,
      asOf: event.time,
      companyId: d.companyId,
      status: d.status,
      type: d.type,
      sector: d.sector,
      levels: d.levels,
      municipality: d.municipality,
      remote: d.remote,
      places: d.places,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      applicationDeadline: d.applicationDeadline,
      publishedAt: d.publishedAt,
    });
  };
