import { inRequestLanguage, scalarResolvers, unauthenticated, type SubgraphContext } from '@cb/kit';
import type { MatchFor } from '../app/match-for';
import type { AssignmentMatch, RecommendAssignments } from '../app/recommend-assignments';
import type { RecommendCandidates } from '../app/recommend-candidates';
import type { SearchAssignments } from '../app/search-assignments';
import type { SuggestSkills } from '../app/suggest-skills';
import { fitStudentOf } from '../domain/policy';
import { searchWantsOf } from './selection';
import type { Resolvers } from './__generated__/resolvers-types';

export interface SearchUseCases {
  search: SearchAssignments;
  recommendAssignments: RecommendAssignments;
  recommendCandidates: RecommendCandidates;
  matchFor: MatchFor;
  suggestSkills: SuggestSkills;
  /** Searches without a token, per client address (absent in component tests of other rules). */
  anonymousSearches?: (clientAddress: string | undefined) => Promise<void>;
}

/** A token was sent but did not hold: say so, rather than just "sign in". */
function checkToken(ctx: SubgraphContext): void {
  if (!ctx.viewer && ctx.tokenRejected) throw unauthenticated('Your sign-in is not valid or has expired; sign in again.');
}

const toMatch = (m: AssignmentMatch) => ({
  student: { id: m.studentId },
  assignment: { id: m.assignmentId },
  score: m.score,
  eligible: m.eligible,
  reasons: m.reasons,
});

export function searchResolvers(useCases: SearchUseCases): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      searchAssignments: async (_, args, ctx, info) => {
        if (!ctx.viewer) await useCases.anonymousSearches?.(ctx.clientAddress);
        const page = await useCases.search.run(args, searchWantsOf(info));
        return { ...page, hits: page.hits.map((h) => ({ assignment: { id: h.assignmentId }, score: h.score, highlights: h.highlights })) };
      },
      recommendAssignments: async (_, args, ctx) => {
        checkToken(ctx);
        return (await useCases.recommendAssignments.run(ctx.viewer, inRequestLanguage(args, ctx))).map(toMatch);
      },
      recommendCandidates: async (_, args, ctx) => {
        checkToken(ctx);
        return (await useCases.recommendCandidates.run(ctx.viewer, inRequestLanguage(args, ctx))).map(toMatch);
      },
      skills: (_, args) => useCases.suggestSkills.run(args),
    },
    AssignmentHit: {
      // Only computed when asked for, and only for a student: the same matching as matchFor.
      fit: async (hit, args, ctx) => {
        const studentId = fitStudentOf(ctx.viewer);
        if (!studentId) return null;
        const match = await useCases.matchFor.run(ctx.viewer, hit.assignment.id, inRequestLanguage({ studentId, language: args.language }, ctx));
        return match && toMatch(match);
      },
    },
    Assignment: {
      __resolveReference: async (ref, ctx) => ((await useCases.matchFor.visible(ctx.viewer, ref.id)) ? { id: ref.id } : null),
      matchFor: async (assignment, args, ctx) => {
        checkToken(ctx);
        const match = await useCases.matchFor.run(ctx.viewer, assignment.id, inRequestLanguage(args, ctx));
        return match && toMatch(match);
      },
    },
  };
}
