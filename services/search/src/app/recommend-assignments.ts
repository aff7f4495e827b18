import { Reasons } from '@cb/contracts';
import { forbidden, isStudent, notFound, parseInput, unauthenticated, type Viewer } from '@cb/kit';
import { scoreMatch, todayInAmsterdam } from '../domain/matching';
import { mayRecommendAssignments } from '../domain/policy';
import { recommendAssignmentsInput } from '../domain/queries';
import type { SearchProjection } from './projection';

export interface AssignmentMatch {
  studentId: string;
  assignmentId: string;
  score: number;
  /** False when the placement cannot happen; recommendations are always eligible. */
  eligible: boolean;
  reasons: string[];
}

/** Assignments that fit a student, best first, each with its reasons. The student themself or staff only. */
export class RecommendAssignments {
  constructor(
    private readonly projection: SearchProjection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(viewer: Viewer | undefined, rawArgs: unknown): Promise<AssignmentMatch[]> {
    if (!viewer) throw unauthenticated();
    const { studentId, limit, language } = parseInput(recommendAssignmentsInput, rawArgs, 'recommendAssignments');
    if (!mayRecommendAssignments(viewer, studentId)) {
      throw forbidden(Reasons.NOT_YOURS, 'Only the student themself or staff may see recommendations for a student.');
    }
    const pool = await this.projection.pool();
    const student = pool.student(studentId);
    if (!student) {
      // A student who just registered may not have reached search yet; they simply get nothing yet.
      if (isStudent(viewer, studentId) && !(await this.projection.isErased(studentId))) return [];
      throw notFound('student', studentId);
    }
    const audience = isStudent(viewer, studentId) ? 'self' : 'other';
    return pool.rankAssignments(student, todayInAmsterdam(this.clock()), limit).map(({ item }) => ({
      studentId,
      assignmentId: item.id,
      eligible: true,
      ...scoreMatch(student, item, language, audience),
    }));
  }
}
