import type { CompanyFacts } from '@cb/contracts';
import type { Collection } from '@cb/kit';
import { isNewer, type AssignmentView, type CompanyView } from '../domain/read-models';

/** company.registered / updated: where the organisation is registered, for fully remote assignments. */
export const projectCompany =
  (views: Collection<CompanyView>) =>
  async (event: { time: string; data: CompanyFacts }): Promise<void> => {
    const d = event.data;
    if (!isNewer(await views.get(d.companyId), event.time)) return;
    await views.put({ id: d.companyId, asOf: event.time, municipality: d.municipality, approved: d.approved });
  };

/** company.removed (retention): the organisation's view and its assignments' views go. */
export const dropCompany =
  (views: Collection<CompanyView>, assignments: Collection<AssignmentView>) =>
  async (event: { data: { companyId: string } }): Promise<void> => {
    const { companyId } = event.data;
    await views.delete(companyId);
    for (const a of await assignments.find({ companyId })) await assignments.delete(a.id);
  };
