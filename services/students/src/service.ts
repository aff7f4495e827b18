import { subgraphTypeDefs } from '@cb/contracts';
import { Quota, composeAccountOwner, type SeedAccounts, type ServiceDefinition } from '@cb/kit';
import { UnverifiedStudentRemoval, scheduleStudentRetention } from './app/retention';
import { StudentUseCases } from './app/students';
import { studentSubscriptions } from './events/subscriptions';
import { studentResolvers } from './graphql/resolvers';

/** Students: profiles, skills passports, preferences, consent — and the student accounts. */
/** What the composition root hands a driver in the same process (the demo seed). */
export interface StudentsUseCases extends SeedAccounts<StudentUseCases> {
  students: StudentUseCases;
}

export const studentsService: ServiceDefinition<StudentsUseCases> = {
  name: 'students',
  typeDefs: subgraphTypeDefs('students'),
  async compose({ store, runtime, revocations }) {
    const owner = await composeAccountOwner('students', { store, runtime, revocations }, (claims, passwords) => new StudentUseCases(store, claims, passwords, revocations));
    const { useCases: students, accounts } = owner;
    // Registrations per client address, in the students service's store (shared by its processes).
    const registrations = new Quota(await runtime.openRateLimits('students'), 'student_registrations', runtime.limits.registrationsPerHour, 3600, (s) =>
      `Too many registrations from your network in the last hour. Try again in ${s} seconds.`,
    );
    const retention = scheduleStudentRetention(new UnverifiedStudentRemoval(students, () => new Date()), runtime.env.CB_RETENTION_INTERVAL_MS);
    return {
      resolvers: studentResolvers(students, accounts, registrations, runtime.limits),
      subscriptions: studentSubscriptions(students),
      useCases: { students, lockedAccounts: owner.lockedAccounts },
      stop: () => retention.stop(),
    };
  },
};
