import type { CompanyFacts } from '@cb/contracts';
import type { Collection } from '@cb/kit';
import { isNewer, type CompanyView } from '../domain/read-models';

/** company.registered / updated: where the organisation is registered, for fully remote assignments. */
export const projectCompany =
  (views: Collection<CompanyView>) =>
  async (event: { time: string; data: CompanyFacts }): Promise<void> => {
    const d = event.data;
    if (!isNewer(await views.get(d.companyId), event.time)) return;
    await views.put({ id: d.companyId, asOf: event.time, municipality: d.municipality, approved: d.approved });
  };
