import { forbidden, isStaff, isStudent, notFound, parseInput, unauthenticated, type Viewer } from '@cb/kit';
import { matchAssignment, todayInAmsterdam } from '../domain/matching';
import { recommendAssignmentsInput } from '../domain/queries';
import type { SearchProjection } from './projection';

export interface AssignmentMatch {
  studentId: string;
  assignmentId: string;
  score: number;
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
    if (!isStaff(viewer) && !isStudent(viewer, studentId)) {
      throw forbidden('Only the student themself or staff may see recommendations for a student.');
    }
    const student = await this.projection.student(studentId);
    if (!student) {
      // A student who just registered may not have reached search yet; they simply get nothing yet.
      if (isStudent(viewer, studentId) && !(await this.projection.isErased(studentId))) return [];
      throw notFound('student', studentId);
    }
    const today = todayInAmsterdam(this.clock());
    const matches = [];
    for (const open of await this.projection.openAssignments()) {
      const match = matchAssignment(student, { ...open.assignment, placesLeft: open.placesLeft }, today, language);
      if (match) matches.push({ ...match, assignmentId: open.assignment.id, publishedAt: open.assignment.publishedAt ?? '' });
    }
    matches.sort(
      (a, b) => b.score - a.score || b.publishedAt.localeCompare(a.publishedAt) || a.assignmentId.localeCompare(b.assignmentId),
    );
    return matches.slice(0, limit).map((m) => ({ studentId, assignmentId: m.assignmentId, score: m.score, reasons: m.reasons }));
  }
}
