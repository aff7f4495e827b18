import { scalarResolvers, unauthenticated, type Resolvers, type SubgraphContext } from '@cb/kit';
import type { RecommendAssignments } from '../app/recommend-assignments';
import type { SearchAssignments } from '../app/search-assignments';

/** A token was sent but did not hold: say so, rather than just "sign in". */
function checkToken(ctx: SubgraphContext): void {
  if (!ctx.viewer && ctx.tokenRejected) throw unauthenticated('Your sign-in is not valid or has expired; sign in again.');
}

export function searchResolvers(search: SearchAssignments, recommend: RecommendAssignments): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      searchAssignments: async (_: unknown, args: Record<string, unknown>) => {
        const page = await search.run(args);
        return { ...page, hits: page.hits.map((h) => ({ assignment: { id: h.assignmentId }, score: h.score })) };
      },
      recommendAssignments: async (_: unknown, args: Record<string, unknown>, ctx) => {
        checkToken(ctx);
        const matches = await recommend.run(ctx.viewer, args);
        return matches.map((m) => ({ student: { id: m.studentId }, assignment: { id: m.assignmentId }, score: m.score, reasons: m.reasons }));
      },
    },
  };
}
