import { EventTypes, unverifiedAccountDue } from '@cb/contracts';
import { isVerified, newEvent, scheduleCountingPasses, type Collection, type EmailClaims } from '@cb/kit';
import type { Assignment } from '../domain/assignment';
import type { Company } from '../domain/company';

const SOURCE = '/services/companies';

/**
 * The retention rule (contracts/rules/retention.ts) for organisations: one whose contact never
 * verified the address within 30 days is removed with its assignments (drafts: an unverified
 * contact cannot publish). `company.removed` tells every other service to drop what it holds, and
 * the account's sessions end everywhere. A scan of the stored organisations, on start and every interval.
 */
export class UnverifiedCompanyRemoval {
  constructor(
    private readonly companies: Collection<Company>,
    private readonly assignments: Collection<Assignment>,
    private readonly claims: EmailClaims,
    private readonly clock: () => Date,
  ) {}

  /** Removes every organisation past the rule; returns how many. */
  async run(): Promise<number> {
    const now = this.clock();
    // The store's null also matches an absent field: contacts from before verification, which count as verified.
    const unverified = (await this.companies.find({ emailVerifiedAt: null })).filter((c) => !isVerified(c));
    let removed = 0;
    // A shortcut: a contact verified between the scan and the removal is still removed (a window of a pass).
    for (const company of unverified.filter((c) => unverifiedAccountDue(c.registeredAt, now))) {
      for (const a of await this.assignments.find({ companyId: company.id })) await this.assignments.delete(a.id);
      const events = [
        newEvent(SOURCE, EventTypes.companyRemoved, company.id, { companyId: company.id }),
        newEvent(SOURCE, EventTypes.accountSessionsEnded, company.id, { accountId: company.id, at: now.toISOString() }),
      ];
      if (!(await this.companies.delete(company.id, { events }))) continue;
      await this.claims.release(company.contactEmail, company.id);
      removed++;
    }
    return removed;
  }
}

export const scheduleCompanyRetention = (removal: UnverifiedCompanyRemoval, intervalMs: number) =>
  scheduleCountingPasses('companies', 'retention', () => removal.run(), intervalMs, 'removed organisations whose contact did not verify in time');
