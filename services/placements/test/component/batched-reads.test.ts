import { buildSubgraphSchema } from '@apollo/subgraph';
import { subgraphTypeDefs } from '@cb/contracts';
import type { SubgraphContext, Viewer } from '@cb/kit';
import { graphql } from 'graphql';
import { placementResolvers } from '../../src/graphql/resolvers';
import { asCompany, asStudent, createWorld, type World } from './world';

/**
 * The gateway asks for the Assignment fields of a whole page of search hits in one `_entities`
 * call. They read the assignment and its places taken through per-request batched reads: the
 * store is asked as often for a page of eight as for one, and every hit gets the answer it would
 * get alone.
 */
const FIELDS = '... on Assignment { id placesLeft filled openForApplications applicationsCloseOn canApply { allowed reason } }';

describe('the Assignment fields of a page of hits', () => {
  let w: World;
  let run: (reps: Array<{ id: string }>, viewer?: Viewer) => Promise<any>;
  let assignmentIds: string[];
  let studentId: string;
  beforeEach(async () => {
    w = createWorld();
    const schema = buildSubgraphSchema([{ typeDefs: subgraphTypeDefs('placements'), resolvers: placementResolvers(w) }]);
    run = async (reps, viewer) => {
      // A new context per request, as Apollo Server makes one.
      const contextValue: SubgraphContext = { viewer, tokenRejected: false, internal: false };
      const result = await graphql({
        schema,
        source: `query($reps: [_Any!]!) { _entities(representations: $reps) { ${FIELDS} } }`,
        variableValues: { reps: reps.map((r) => ({ __typename: 'Assignment', ...r })) },
        contextValue,
      });
      expect(result.errors).toBeUndefined();
      return (result.data as any)._entities;
    };
    const companyId = await w.company();
    assignmentIds = [];
    for (let i = 0; i < 8; i++) {
      assignmentIds.push(await w.assignment(companyId, { places: i % 3 === 0 ? 1 : 2, applicationDeadline: i % 2 ? '2027-01-20' : null }));
    }
    // Places taken on some: the first (1 place) is full, the second has one of two left.
    for (const id of assignmentIds.slice(0, 2)) {
      const { studentId: s, applicationId } = await w.offered(companyId, id);
      await w.placements.acceptOffer(asStudent(s), applicationId);
    }
    studentId = await w.student();
    await w.apply(studentId, assignmentIds[3]);
  });
  afterEach(() => w.store.close());

  /** How often each collection was asked while `work` ran (the real store, only counted). */
  async function storeQueries(work: () => Promise<unknown>): Promise<Record<string, number>> {
    const spies = {
      assignments: [jest.spyOn(w.data.assignments, 'get'), jest.spyOn(w.data.assignments, 'find')],
      placements: [jest.spyOn(w.data.placements, 'count'), jest.spyOn(w.data.placements, 'find')],
    };
    try {
      await work();
      return Object.fromEntries(Object.entries(spies).map(([name, list]) => [name, list.reduce((n, s) => n + s.mock.calls.length, 0)]));
    } finally {
      Object.values(spies).flat().forEach((s) => s.mockRestore());
    }
  }

  it.each([
    ['anonymous', undefined],
    ['a student', 'student'],
    ['the organisation', 'company'],
  ])('gives each hit the answer it gets alone, %s asking', async (_who, as) => {
    const viewer = as === 'student' ? asStudent(studentId) : as === 'company' ? asCompany('com_1') : undefined;
    const page = await run(assignmentIds.map((id) => ({ id })), viewer);
    const alone = [];
    for (const id of assignmentIds) alone.push(...(await run([{ id }], viewer)));
    expect(page).toEqual(alone);
    // The page holds different answers, so the comparison means something.
    expect(new Set(page.map((a: { placesLeft: number }) => a.placesLeft))).toEqual(new Set([0, 1, 2]));
    expect(new Set(page.map((a: { applicationsCloseOn: string }) => a.applicationsCloseOn)).size).toBe(2);
  });

  it('asks the store as often for a page of eight hits as for one', async () => {
    const one = await storeQueries(() => run([{ id: assignmentIds[0] }], asStudent(studentId)));
    const eight = await storeQueries(() => run(assignmentIds.map((id) => ({ id })), asStudent(studentId)));
    expect(eight).toEqual(one);
    expect(one.assignments).toBeLessThanOrEqual(2);
  });

  it('reads afresh in each request: a place taken between two requests shows in the second', async () => {
    const [before] = await run([{ id: assignmentIds[2] }]);
    const { studentId: s, applicationId } = await w.offered('com_1', assignmentIds[2]);
    await w.placements.acceptOffer(asStudent(s), applicationId);
    const [after] = await run([{ id: assignmentIds[2] }]);
    expect(after.placesLeft).toBe(before.placesLeft - 1);
  });
});
