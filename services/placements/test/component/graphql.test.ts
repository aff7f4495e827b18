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
    w.setNow('2027-02-01T09:00:00Z'); // the start is recorded on the day: never ahead
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

  it('serves progress with its breakdowns, the year before, targets and the CSV, to staff only', async () => {
    const companyId = await w.company();
    const assignmentId = await w.assignment(companyId, { sector: 'HEALTHCARE' });
    const studentId = await w.student();
    const application = await w.apply(studentId, assignmentId);
    await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null);
    const placement = await w.placements.acceptOffer(asStudent(studentId), application.id);
    const started = await run('mutation($id: ID!) { startPlacement(id: $id) { startDate } }', { id: placement.id }, asCompany(companyId));
    expect(started.data.startPlacement).toEqual({ startDate: '2027-01-15' }); // today in Amsterdam

    const query = `query($y: Int, $p: PeriodKind, $l: Language) {
      placementProgress(year: $y, period: $p, language: $l) {
        year periodKind periodStart periodEnd asOf target targetIsDefault count expectedByNow pace
        forecast { low expected high }
        bySector { key label count } byMunicipality { key label count } byInstitution { key label count }
        byType { key label count } byLevel { key label count }
        beside { adStudents nonFinalPhaseStudents cancelledAfterStart }
        monthly { month count cumulative }
        funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }
        previousYear { year count monthly { month count cumulative } previousYear { year } }
      } }`;
    const result = await run(query, { y: 2027, l: 'EN' }, STAFF);
    expect(result.errors).toBeUndefined();
    const progress = result.data.placementProgress;
    expect(progress).toMatchObject({
      year: 2027,
      periodKind: 'CALENDAR',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      asOf: '2027-01-15',
      target: 1250,
      targetIsDefault: true,
      count: 1,
      beside: { adStudents: 0, nonFinalPhaseStudents: 0, cancelledAfterStart: 0 },
      funnel: { applications: 1, offers: 1, placements: 1, completed: 0, applicationToOffer: 1, offerToPlacement: 1, placementToCompleted: 0 },
      previousYear: { year: 2026, count: 0, previousYear: { year: 2025 } },
    });
    expect(progress.bySector[0]).toEqual({ key: 'HEALTHCARE', label: 'Healthcare', count: 1 });
    expect(progress.byLevel).toEqual([{ key: 'BACHELOR_3', label: 'Bachelor, year 3', count: 1 }]);
    expect(progress.monthly[0]).toEqual({ month: '2027-01', count: 1, cumulative: 1 });
    expect(progress.previousYear.monthly).toHaveLength(12);
    expect(['AHEAD', 'ON_TRACK', 'BEHIND']).toContain(progress.pace);

    const academic = await run(query, { y: 2026, p: 'ACADEMIC' }, STAFF);
    expect(academic.data.placementProgress).toMatchObject({ periodKind: 'ACADEMIC', periodStart: '2026-09-01', count: 1, previousYear: { year: 2025 } });

    const target = await run('mutation { setPlacementTarget(year: 2027, target: 1300) { year target targetIsDefault } }', {}, STAFF);
    expect(target.data.setPlacementTarget).toEqual({ year: 2027, target: 1300, targetIsDefault: false });
    const invalid = await run('mutation { setPlacementTarget(year: 2027, target: 0) { target } }', {}, STAFF);
    expect(invalid.errors[0].originalError.code).toBe('BAD_USER_INPUT');

    const csv = await run('query { placementProgressCsv(year: 2027, language: NL) }', {}, STAFF);
    expect(csv.data.placementProgressCsv.startsWith('\uFEFFOnderdeel;Sleutel;Omschrijving;Kalenderjaar 2027;Kalenderjaar 2026\r\n')).toBe(true);

    for (const [source, variables] of [
      [query, { y: 2027 }],
      ['query { placementProgressCsv(year: 2027) }', {}],
      ['mutation { setPlacementTarget(year: 2027, target: 5) { target } }', {}],
    ] as const) {
      const refused = await run(source, variables, asStudent(studentId));
      expect(refused.errors.map((e: any) => e.originalError.code)).toEqual(['FORBIDDEN']);
    }
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
