import { subgraphTypeDefs } from '@cb/contracts';
import type { ServiceDefinition } from '@cb/kit';
import { AssignmentUseCases } from './app/assignments';
import { CompanyUseCases } from './app/companies';
import { companySubscriptions } from './events/subscriptions';
import { companyResolvers } from './graphql/resolvers';

/** Companies: organisations (and their accounts, and staff accounts) and the assignments they post. */
export const companiesService: ServiceDefinition = {
  name: 'companies',
  typeDefs: subgraphTypeDefs('companies'),
  async compose({ store, runtime }) {
    const companies = new CompanyUseCases(store);
    const assignments = new AssignmentUseCases(store, companies.companies);
    const { STAFF_EMAIL, STAFF_PASSWORD } = runtime.env;
    if (STAFF_EMAIL && STAFF_PASSWORD) await companies.ensureStaffAccount('Dordrecht Academy', STAFF_EMAIL, STAFF_PASSWORD);
    return { resolvers: companyResolvers(companies, assignments), subscriptions: companySubscriptions(assignments) };
  },
};
