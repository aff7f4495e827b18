import type { AssignmentStatus } from '../enums';

/** Who asks, as far as seeing an assignment goes (the kit's Viewer fits). */
interface Asker {
  role: string;
  companyId?: string;
}

/**
 * Who may see an assignment, once for every service: a draft only its own organisation and staff;
 * once published (also after it closed) everyone. To anyone else a draft does not exist: the
 * services answer "not found", never "forbidden". Search adds its own condition for what it lists
 * (published by an approved organisation: services/search/src/domain/read-model.ts isSearchable).
 */
export const maySeeAssignment = (viewer: Asker | undefined, assignment: { status: AssignmentStatus; companyId: string }): boolean =>
  assignment.status !== 'DRAFT' || viewer?.role === 'STAFF' || (viewer?.role === 'COMPANY' && viewer.companyId === assignment.companyId);
