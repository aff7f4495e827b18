import { targetFor } from '../../src/progress/domain/targets';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { subgraphTypeDefs } from '@cb/contracts';
import { formatError, type SubgraphContext, type Viewer } from '@cb/kit';
import { graphql, type GraphQLError } from 'graphql';
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
    expect(progress.data.placementProgress).toEqual({ year: 2027, target: targetFor(2027), count: 1 });
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
    await w.settle(); // the funnel's applications come from the bus

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
      target: targetFor(2027),
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

  describe('progressAudit: the placements behind the number', () => {
    const AUDIT = `query($y: Int, $p: PeriodKind, $f: ProgressAuditFilter, $size: Int) {
      progressAudit(year: $y, period: $p, filter: $f) { year periodKind total counted
        rows(pageSize: $size) { placementId studentId status startDate studyLevel studyYear institutionId programmeId municipality municipalityDecidedBy
          countsTowardGoal notCountedReason attributedTo correctionReason } } }`;
    const COUNT = 'query($y: Int, $p: PeriodKind) { placementProgress(year: $y, period: $p) { count } }';
    /** The first error's extensions as a client sees them (mapped by the kit, as the subgraph host does). */
    const extensionsOf = (result: { errors?: GraphQLError[] }) => formatError(result.errors![0].toJSON(), result.errors![0]).extensions;

    /** A placement confirmed now, for an assignment whose period starts on `periodStart`. */
    async function confirmed(companyId: string, periodStart: string, over: { remote?: boolean; studentId?: string } = {}) {
      const assignmentId = await w.assignment(companyId, { periodStart, periodEnd: '2027-12-31', remote: over.remote ?? false, municipality: 'rotterdam' });
      const studentId = over.studentId ?? (await w.student());
      const application = await w.apply(studentId, assignmentId);
      await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null);
      return (await w.placements.acceptOffer(asStudent(studentId), application.id)).id;
    }

    it('lists a staff correction in a closed year with its reason, and the counted rows make the count', async () => {
      w.setNow('2026-11-02T10:00:00Z');
      const dordrecht = await w.company({ municipality: 'dordrecht' });
      const studentId = await w.student();
      // Confirmed a minute apart: rows of one start day are ordered by confirmation time (then id).
      const late = await confirmed(dordrecht, '2026-11-16', { remote: true, studentId });
      w.setNow('2026-11-02T10:01:00Z');
      const second = await confirmed(dordrecht, '2026-11-16', { remote: true, studentId });
      w.setNow('2026-11-02T10:02:00Z');
      const outside = await confirmed(dordrecht, '2026-11-16');
      w.setNow('2026-11-20T10:00:00Z');
      await w.placements.start(asCompany(dordrecht), second, '2026-11-20');
      await w.placements.start(asCompany(dordrecht), outside, '2026-11-20');

      w.setNow('2027-03-01T10:00:00Z'); // 2026 has closed: the company may no longer record a start in it
      const start = 'mutation($id: ID!, $d: LocalDate, $r: String) { startPlacement(id: $id, startDate: $d, correctionReason: $r) { status startDate } }';
      const refused = await run(start, { id: late, d: '2026-11-16' }, asCompany(dordrecht));
      expect(extensionsOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'PERIOD_CLOSED', field: 'startDate' });
      const noReason = await run(start, { id: late, d: '2026-11-16' }, STAFF);
      expect(extensionsOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CORRECTION_REASON_REQUIRED', field: 'correctionReason' });
      const corrected = await run(start, { id: late, d: '2026-11-16', r: 'Start door de organisatie te laat doorgegeven' }, STAFF);
      expect(corrected.errors).toBeUndefined();

      const audit = await run(AUDIT, { y: 2026, p: 'CALENDAR' }, STAFF);
      expect(audit.errors).toBeUndefined();
      const { progressAudit } = audit.data;
      const count = (await run(COUNT, { y: 2026, p: 'CALENDAR' }, STAFF)).data.placementProgress.count;
      expect(progressAudit.rows.filter((r: { countsTowardGoal: boolean }) => r.countsTowardGoal)).toHaveLength(count);
      expect(progressAudit).toMatchObject({ year: 2026, periodKind: 'CALENDAR', total: 3, counted: count });
      // Attribution order: the corrected start of 16 November comes before the start of the 20th.
      expect(progressAudit.rows).toEqual([
        expect.objectContaining({ placementId: late, startDate: '2026-11-16', countsTowardGoal: true, municipality: 'dordrecht', municipalityDecidedBy: 'REMOTE_ORGANISATION_MUNICIPALITY', correctionReason: 'Start door de organisatie te laat doorgegeven' }),
        expect.objectContaining({ placementId: second, countsTowardGoal: false, notCountedReason: 'ALREADY_COUNTED', attributedTo: late, correctionReason: null }),
        expect.objectContaining({ placementId: outside, countsTowardGoal: false, notCountedReason: 'OUTSIDE_REGION', municipality: 'rotterdam', municipalityDecidedBy: 'ON_SITE' }),
      ]);
      const onlyCorrections = await run(AUDIT, { y: 2026, f: { corrected: true } }, STAFF);
      expect(onlyCorrections.data.progressAudit.rows.map((r: { placementId: string }) => r.placementId)).toEqual([late]);
      expect(JSON.stringify(progressAudit)).not.toMatch(/"name"/);
    });

    it('is for staff only, and pages its rows within the kit limit', async () => {
      const companyId = await w.company();
      for (const viewer of [asCompany(companyId), asStudent(await w.student())]) {
        expect(extensionsOf(await run(AUDIT, { y: 2027 }, viewer))?.code).toBe('FORBIDDEN');
      }
      expect(extensionsOf(await run(AUDIT, { y: 2027 }))?.code).toBe('UNAUTHENTICATED');
      expect(extensionsOf(await run(AUDIT, { y: 2027, size: 101 }, STAFF))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ProgressAudit.rows.pageSize' });
      expect(extensionsOf(await run(AUDIT, { y: 1999 }, STAFF))?.code).toBe('BAD_USER_INPUT');
    });
  });
});
