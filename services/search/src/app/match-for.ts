import { Reasons } from '@cb/contracts';
import { forbidden, isStudent, notFound, parseInput, unauthenticated, type Viewer } from '@cb/kit';
import { explainUnmet, matchTexts, scoreMatch, todayInAmsterdam, unmetConstraints } from '../domain/matching';
import { mayMatch, maySeeApplied, maySeeAssignment, needsDiscoverable } from '../domain/policy';
import { matchForInput } from '../domain/queries';
import type { SearchProjection } from './projection';
import type { AssignmentMatch } from './recommend-assignments';

/**
 * Assignment.matchFor: how one assignment fits one student, and why; also when the placement
 * cannot happen (then `eligible` is false, the score 0, and the reasons say first what rules it
 * out, then how the rest would fit).
 *
 * Who may ask (DESIGN.md §4): the student themself; the assignment's organisation, for students
 * who applied to it or are discoverable; staff.
 */
export class MatchFor {
  constructor(
    private readonly projection: SearchProjection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Whether the viewer may see the assignment at all (the policy's maySeeAssignment). Checked when
   * the gateway resolves the entity, so matchFor is not reachable around it.
   */
  async visible(viewer: Viewer | undefined, assignmentId: string): Promise<boolean> {
    const assignment = await this.projection.assignments.get(assignmentId);
    return assignment !== undefined && maySeeAssignment(viewer, assignment, await this.projection.companies.get(assignment.companyId));
  }

  async run(viewer: Viewer | undefined, assignmentId: string, rawArgs: unknown): Promise<AssignmentMatch | null> {
    if (!viewer) throw unauthenticated();
    const { studentId, language } = parseInput(matchForInput, rawArgs, 'matchFor');
    const assignment = await this.projection.assignments.get(assignmentId);
    if (!assignment || !(await this.visible(viewer, assignmentId))) return null;

    const self = isStudent(viewer, studentId);
    if (!mayMatch(viewer, studentId, assignment)) {
      throw forbidden(Reasons.NOT_YOURS, "Only the student themself, the assignment's organisation or staff may see how a student fits.");
    }
    const pool = await this.projection.pool();
    const student = pool.student(studentId);
    if (!student) {
      // A student who just registered may not have reached search yet.
      if (self && !(await this.projection.isErased(studentId))) return null;
      throw notFound('student', studentId);
    }
    const applied = maySeeApplied(viewer, assignment) ? await this.projection.appliedTo(studentId, assignmentId) : false;
    if (needsDiscoverable(viewer, assignment) && !student.discoverable && !(await this.projection.appliedToCompany(studentId, assignment.companyId))) {
      throw forbidden(Reasons.NOT_DISCOVERABLE, 'This student is not discoverable and has not applied to your organisation.');
    }

    const audience = self ? 'self' : 'other';
    const forMatching = { ...assignment, placesLeft: pool.assignment(assignmentId)?.placesLeft ?? (await this.projection.placesLeftOf(assignment)) };
    const unmet = unmetConstraints(student, forMatching, todayInAmsterdam(this.clock()));
    const { score, reasons } = scoreMatch(student, forMatching, language, audience);
    if (applied) reasons.push(matchTexts(language).alreadyApplied);
    return unmet.length === 0
      ? { studentId, assignmentId, score, eligible: true, reasons }
      : { studentId, assignmentId, score: 0, eligible: false, reasons: [...explainUnmet(unmet, student, forMatching, language, audience), ...reasons] };
  }
}
