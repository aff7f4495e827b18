import { buildSubgraphSchema } from '@apollo/subgraph';
import { subgraphTypeDefs } from '@cb/contracts';
import type { SubgraphContext, Viewer } from '@cb/kit';
import { graphql } from 'graphql';
import { placementResolvers } from '../../src/graphql/resolvers';
import { STAFF, asCompany, asStudent, createWorld, type World } from './world';

/** The subgraph schema with its resolvers, executed in-process (the gateway and HTTP are the e2e tests' job). */
describe('the placements subgraph', () => {
  let w: World;
  let run: (query: string, variables: Record<string, unknown>, viewer?: Viewer) => Promise<any>;
  beforeEach(() => {
    w = createWorld();
    const schema = buildSubgraphSchema([{ typeDefs: subgraphTypeDefs('placements'), resolvers: placementResolvers(w) }]);
    run = async (source, variableValues, viewer) => {
      const contextValue: SubgraphContext = { viewer, tokenRejected: false, internal: false };
      return graphql({ schema, source, variableValues, contextValue });
    };
  });
  afterEach(() => w.store.close());

  it('serves the whole flow: apply, offer, accept, start, and the entities the gateway asks for', async () => {
    const companyId = await w.company();
    const assignmentId = await w.assignment(companyId);
    const studentId = await w.student();
    const applied = await run('mutation($a: ID!) { apply(assignmentId: $a, motivation: "Graag!") { id status } }', { a: assignmentId }, asStudent(studentId));
    const applicationId = applied.data.apply.id;
    await run('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED, note: "Welkom") { status } }', { id: applicationId }, asCompany(companyId));
    const accepted = await run(
      'mutation($id: ID!) { acceptOffer(applicationId: $id) { id status assignment { id placesLeft filled } student { id } } }',
      { id: applicationId },
      asStudent(studentId),
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptOffer).toMatchObject({ status: 'CONFIRMED', assignment: { id: assignmentId, placesLeft: 1, filled: false }, student: { id: studentId } });
    const started = await run(
      'mutation($id: ID!, $d: LocalDate!) { startPlacement(id: $id, startDate: $d) { status startDate countsTowardGoal } }',
      { id: accepted.data.acceptOffer.id, d: '2027-02-01' },
      asCompany(companyId),
    );
    expect(started.data.startPlacement).toEqual({ status: 'ACTIVE', startDate: '2027-02-01', countsTowardGoal: true });

    const entities = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Assignment { placesLeft applications { id status history { from to by note } placement { status } } }
        ... on Student { applications { id } placements { id } }
      } }`,
      { reps: [{ __typename: 'Assignment', id: assignmentId }, { __typename: 'Student', id: studentId }] },
      asCompany(companyId),
    );
    expect(entities.data._entities[0]).toEqual({
      placesLeft: 1,
      applications: [
        {
          id: applicationId,
          status: 'ACCEPTED',
          history: [
            { from: null, to: 'SUBMITTED', by: 'STUDENT', note: null },
            { from: 'SUBMITTED', to: 'OFFERED', by: 'COMPANY', note: 'Welkom' },
            { from: 'OFFERED', to: 'ACCEPTED', by: 'STUDENT', note: null },
          ],
          placement: { status: 'ACTIVE' },
        },
      ],
    });
    // A company may not list a student's applications, even of its own applicant.
    expect(entities.errors.map((e: any) => e.originalError.code)).toEqual(['FORBIDDEN']);

    const progress = await run('query { placementProgress(year: 2027) { year target count } }', {}, STAFF);
    expect(progress.data.placementProgress).toEqual({ year: 2027, target: 1250, count: 1 });
  });

  it('runs the visibility checks in __resolveReference too', async () => {
    const companyId = await w.company();
    const studentId = await w.student();
    const application = await w.apply(studentId, await w.assignment(companyId));
    const other = await w.student();
    const result = await run(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { motivation } } }',
      { reps: [{ __typename: 'Application', id: application.id }] },
      asStudent(other),
    );
    expect(result.data._entities).toEqual([null]);
    expect(result.errors[0].originalError.code).toBe('FORBIDDEN');
  });
});
