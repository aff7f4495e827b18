import type { CompanyFacts } from '@cb/contracts';
import type { Collection } from '@cb/kit';
import type { AssignmentView, CompanyView } from '../domain/read-models';
import { putIfNewer } from './put-if-newer';

/** company.registered / updated: where the organisation is registered, for fully remote assignments. */
export const projectCompany =
  (views: Collection<CompanyView>) =>
  async (event: { time: string; data: CompanyFacts }): Promise<void> => {
    const d = event.data;
    await putIfNewer(views, { id: d.companyId, asOf: event.time, municipality: d.municipality, approved: d.approved });
  };

/** company.removed (retention): the organisation's view and its assignments' views go. */
export const dropCompany =
  (views: Collection<CompanyView>, assignments: Collection<AssignmentView>) =>
  async (event: { data: { companyId: string } }): Promise<void> => {
    const { companyId } = event.data;
    await views.delete(companyId);
    for (const a of await assignments.find({ companyId })) await assignments.delete(a.id);
  };
