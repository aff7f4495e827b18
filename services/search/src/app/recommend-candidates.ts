import { Reasons } from '@cb/contracts';
import { forbidden, notFound, parseInput, unauthenticated, type Viewer } from '@cb/kit';
import { matchTexts, scoreMatch, todayInAmsterdam } from '../domain/matching';
import { mayRecommendCandidates } from '../domain/policy';
import { recommendCandidatesInput } from '../domain/queries';
import type { SearchProjection } from './projection';
import type { AssignmentMatch } from './recommend-assignments';

/**
 * Discoverable students who fit an assignment, best first, each with its reasons: for the
 * assignment's organisation and staff. Students who are not discoverable are never among them
 * (DESIGN.md §4); a company sees its own applicants through the placements service instead.
 *
 * Works for an assignment in any state, a draft included: an organisation may want to know who
 * would fit before it publishes. The hard constraints still hold: study level, the student's
 * availability, places left and a period that has not ended.
 */
export class RecommendCandidates {
  constructor(
    private readonly projection: SearchProjection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(viewer: Viewer | undefined, rawArgs: unknown): Promise<AssignmentMatch[]> {
    if (!viewer) throw unauthenticated();
    const { assignmentId, limit, language } = parseInput(recommendCandidatesInput, rawArgs, 'recommendCandidates');
    const assignment = await this.projection.assignments.get(assignmentId);
    if (!assignment) throw notFound('assignment', assignmentId);
    if (!mayRecommendCandidates(viewer, assignment)) {
      throw forbidden(Reasons.NOT_YOURS, "Only the assignment's organisation or staff may see candidates for it.");
    }
    const pool = await this.projection.pool();
    const forMatching = { ...assignment, placesLeft: pool.assignment(assignmentId)?.placesLeft ?? (await this.projection.placesLeftOf(assignment)) };
    const ranked = pool.rankCandidates(forMatching, todayInAmsterdam(this.clock()), limit);
    const alreadyApplied = matchTexts(language).alreadyApplied;
    return Promise.all(
      ranked.map(async ({ item: student }) => {
        const { score, reasons } = scoreMatch(student, forMatching, language, 'other');
        if (await this.projection.appliedTo(student.id, assignmentId)) reasons.push(alreadyApplied);
        return { studentId: student.id, assignmentId, score, eligible: true, reasons };
      }),
    );
  }
}
