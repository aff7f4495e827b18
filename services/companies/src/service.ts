import { subgraphTypeDefs } from '@cb/contracts';
import { composeAccountOwner, type SeedAccounts, type ServiceDefinition } from '@cb/kit';
import { AssignmentUseCases } from './app/assignments';
import { CompanyUseCases } from './app/companies';
import { CompanyLimits } from './app/limits';
import { UnverifiedCompanyRemoval, scheduleCompanyRetention } from './app/retention';
import { companySubscriptions } from './events/subscriptions';
import { companyResolvers } from './graphql/resolvers';

/** What the composition root hands a driver in the same process (the demo seed). */
export interface CompaniesUseCases extends SeedAccounts<CompanyUseCases> {
  companies: CompanyUseCases;
  assignments: AssignmentUseCases;
}

/** Companies: organisations (and their accounts, and staff accounts) and the assignments they post. */
export const companiesService: ServiceDefinition<CompaniesUseCases> = {
  name: 'companies',
  typeDefs: subgraphTypeDefs('companies'),
  async compose({ store, runtime, revocations }) {
    const owner = await composeAccountOwner('companies', { store, runtime, revocations }, (claims, passwords) => new CompanyUseCases(store, claims, passwords));
    const { claims, useCases: companies, accounts } = owner;
    const assignments = new AssignmentUseCases(store, companies.companies);
    const { STAFF_EMAIL, STAFF_PASSWORD } = runtime.env;
    if (STAFF_EMAIL && STAFF_PASSWORD) await companies.ensureStaffAccount('Dordrecht Academy', STAFF_EMAIL, STAFF_PASSWORD);
    const limits = new CompanyLimits(await runtime.openRateLimits('companies'), runtime.limits);
    const removal = new UnverifiedCompanyRemoval(companies.companies, assignments.assignments, claims, () => new Date());
    const retention = scheduleCompanyRetention(removal, runtime.env.CB_RETENTION_INTERVAL_MS);
    return {
      resolvers: companyResolvers(companies, assignments, accounts, limits),
      subscriptions: companySubscriptions(assignments),
      useCases: { companies, assignments, lockedAccounts: owner.lockedAccounts },
      stop: () => retention.stop(),
    };
  },
};
