import { EventTypes } from '@cb/contracts';
import type { Subscriptions } from '@cb/kit';
import type { StudentUseCases } from '../app/students';

/** What the students service listens to. */
export const studentSubscriptions = (students: StudentUseCases): Subscriptions => ({
  [EventTypes.applicationSubmitted]: (e) => students.rememberApplicant(e.data.studentId, e.data.companyId),
});
