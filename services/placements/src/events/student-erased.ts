import type { StudentErasure } from '../app/erasure';

/** student.erased: drop what this service holds on the student, keep the anonymous placement facts. */
export const onStudentErased =
  (erasure: StudentErasure) =>
  (event: { data: { studentId: string } }): Promise<void> =>
    erasure.erase(event.data.studentId);
