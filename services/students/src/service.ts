import { subgraphTypeDefs } from '@cb/contracts';
import type { ServiceDefinition } from '@cb/kit';
import { StudentUseCases } from './app/students';
import { studentSubscriptions } from './events/subscriptions';
import { studentResolvers } from './graphql/resolvers';

/** Students: profiles, skills passports, preferences, consent — and the student accounts. */
export const studentsService: ServiceDefinition = {
  name: 'students',
  typeDefs: subgraphTypeDefs('students'),
  async compose({ store }) {
    const students = new StudentUseCases(store);
    return { resolvers: studentResolvers(students), subscriptions: studentSubscriptions(students) };
  },
};
