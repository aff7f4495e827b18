import { EventTypes, Reasons, type PlacementFacts } from '@cb/contracts';
import { DomainError, EmailClaims, lockedPasswords, newEvent, type Handler, type Viewer } from '@cb/kit';
import { AssignmentUseCases } from '../src/app/assignments';
import { companyRegistration } from '../../../test/support/registrations';
import { STAFF, asCompany, memoryStorePerTest, outboxEvents } from '../../../test/support/service-tests';
import { CompanyUseCases } from '../src/app/companies';
import { companySubscriptions } from '../src/events/subscriptions';

const STUDENT: Viewer = { accountId: 'stu_1', role: 'STUDENT', studentId: 'stu_1' };

/**
 * Approval, publishing, draft visibility and "places never below the seats taken", on the real
 * SQLite store(), with placement events delivered to the service's own subscription table as the
 * consumer delivers them. The clock stands at 2 Dec 2026, noon in Amsterdam.
 */
describe('assignments of an organisation: approval, publishing, drafts and places', () => {
  const now = new Date('2026-12-02T11:00:00Z');
  const store = memoryStorePerTest();
  let companies: CompanyUseCases;
  let assignments: AssignmentUseCases;
  let kvk = 24100000;

  const register = async (email: string) =>
    (
      await companies.register(companyRegistration({ name: `Werf ${email}`, kvkNumber: String(++kvk), sector: 'MARITIME', contactEmail: email }), now)
    ).id;
  const draft = (companyId: string, over: Record<string, unknown> = {}) =>
    assignments.create(
      asCompany(companyId),
      {
        title: 'Afstudeeropdracht walstroom',
        description: 'Ontwerp de walstroomaansluiting voor de binnenvaart in de haven van Dordrecht.',
        type: 'GRADUATION',
        levels: ['BACHELOR'],
        periodStart: '2027-02-01',
        periodEnd: '2027-06-30',
        hoursPerWeek: 36,
        places: 3,
        ...over,
      },
      now,
    );
  const refusal = async (promise: Promise<unknown>) => {
    const err = await promise.then(() => null, (e: unknown) => e);
    if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
    return { code: err.code, reason: err.reason, field: err.details?.field };
  };
  const events = () => outboxEvents(store(), { relay: true });
  /** A placement event as the placements service publishes it, handed to the companies service's handler. */
  const placement = async (assignmentId: string, companyId: string, placementId: string, status: PlacementFacts['status']) => {
    const type = status === 'CONFIRMED' ? EventTypes.placementConfirmed : EventTypes.placementChanged;
    const facts: PlacementFacts = {
      placementId,
      applicationId: `app_${placementId}`,
      assignmentId,
      studentId: `stu_${placementId}`,
      companyId,
      status,
      confirmedAt: now.toISOString(),
      startDate: null,
      endDate: null,
      cancelledAfterStart: false,
    };
    const { event } = newEvent('/services/placements', type, placementId, facts);
    await (companySubscriptions(assignments)[type] as Handler)(event);
  };

  beforeEach(() => {
    companies = new CompanyUseCases(store(), new EmailClaims(store(), 'test-internal-key'), lockedPasswords);
    assignments = new AssignmentUseCases(store(), companies.companies, () => now);
  });

  describe('approval gates publishing', () => {
    it('keeps a pending organisation from publishing; once staff approve it, it publishes and says so in an event', async () => {
      const companyId = await register('hr@werf-a.nl');
      const assignment = await draft(companyId);
      expect(assignment.status).toBe('DRAFT');
      expect(await refusal(assignments.publish(asCompany(companyId), assignment.id))).toEqual({
        code: 'CONFLICT',
        reason: Reasons.ORGANISATION_NOT_APPROVED,
        field: undefined,
      });
      await events();

      expect((await companies.approve(STAFF, companyId, now)).status).toBe('APPROVED');
      const [approved] = await events();
      expect(approved).toMatchObject({ type: EventTypes.companyUpdated, data: { companyId, approved: true } });

      const published = await assignments.publish(asCompany(companyId), assignment.id);
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: now.toISOString() });
      const [event] = await events();
      expect(event).toMatchObject({ type: EventTypes.assignmentPublished, subject: assignment.id, data: { assignmentId: assignment.id, status: 'PUBLISHED', places: 3 } });
      // Publishing again changes nothing and tells nobody.
      expect(await assignments.publish(asCompany(companyId), assignment.id)).toEqual(published);
      expect(await events()).toEqual([]);
    });

    it('keeps an organisation whose contact has not verified the address from publishing, until it is verified', async () => {
      const mailed: string[] = [];
      const input = companyRegistration({ name: 'Werf V', kvkNumber: String(++kvk), sector: 'MARITIME', contactEmail: 'hr@werf-v.nl' });
      const { id: companyId } = await companies.register(input, now, undefined, async (c) => void mailed.push(c.id));
      expect(mailed).toEqual([companyId]);
      await companies.approve(STAFF, companyId, now);
      const assignment = await draft(companyId);
      for (const viewer of [asCompany(companyId), STAFF]) {
        expect(await refusal(assignments.publish(viewer, assignment.id))).toEqual({ code: 'FORBIDDEN', reason: Reasons.EMAIL_NOT_VERIFIED, field: undefined });
      }
      await companies.accounts().setVerifiedEmail(companyId, input.contactEmail, now);
      expect((await assignments.publish(asCompany(companyId), assignment.id)).status).toBe('PUBLISHED');
    });

    it('leaves approval to staff, and publishing to the organisation itself (or staff)', async () => {
      const companyId = await register('hr@werf-b.nl');
      const otherId = await register('hr@werf-c.nl');
      expect((await refusal(companies.approve(asCompany(companyId), companyId, now))).code).toBe('FORBIDDEN');
      expect((await refusal(companies.approve(STUDENT, companyId, now))).code).toBe('FORBIDDEN');
      await companies.approve(STAFF, companyId, now);
      await companies.approve(STAFF, otherId, now);
      const assignment = await draft(companyId);
      // Another organisation does not learn that the draft exists.
      expect(await refusal(assignments.publish(asCompany(otherId), assignment.id))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await refusal(assignments.publish(STUDENT, assignment.id))).code).toBe('FORBIDDEN');
      expect((await assignments.publish(STAFF, assignment.id)).status).toBe('PUBLISHED');
      // Published, it exists for everyone, and is still not theirs to change.
      expect(await refusal(assignments.close(asCompany(otherId), assignment.id))).toMatchObject({ code: 'FORBIDDEN', reason: Reasons.NOT_YOURS });
    });

    it('does not publish a closed assignment again', async () => {
      const companyId = await register('hr@werf-d.nl');
      await companies.approve(STAFF, companyId, now);
      const assignment = await draft(companyId);
      await assignments.publish(asCompany(companyId), assignment.id);
      expect((await assignments.close(asCompany(companyId), assignment.id)).status).toBe('CLOSED');
      expect(await refusal(assignments.publish(asCompany(companyId), assignment.id))).toMatchObject({ code: 'CONFLICT', reason: Reasons.ASSIGNMENT_CLOSED });
    });
  });

  describe('draft visibility', () => {
    it('shows a draft to its organisation and staff only; a published one to everyone', async () => {
      const companyId = await register('hr@werf-e.nl');
      const otherId = await register('hr@werf-f.nl');
      await companies.approve(STAFF, companyId, now);
      const assignment = await draft(companyId);
      const seenBy = async (viewer: Viewer | undefined) => (await assignments.find(viewer, assignment.id))?.id ?? null;
      const listedFor = async (viewer: Viewer | undefined) => (await assignments.ofCompany(viewer, companyId)).map((a) => a.id);

      expect([await seenBy(asCompany(companyId)), await seenBy(STAFF)]).toEqual([assignment.id, assignment.id]);
      expect([await seenBy(asCompany(otherId)), await seenBy(STUDENT), await seenBy(undefined)]).toEqual([null, null, null]);
      expect([await listedFor(asCompany(companyId)), await listedFor(STAFF)]).toEqual([[assignment.id], [assignment.id]]);
      expect([await listedFor(asCompany(otherId)), await listedFor(STUDENT), await listedFor(undefined)]).toEqual([[], [], []]);

      await assignments.publish(asCompany(companyId), assignment.id);
      expect([await seenBy(asCompany(otherId)), await seenBy(STUDENT), await seenBy(undefined)]).toEqual([assignment.id, assignment.id, assignment.id]);
      expect(await listedFor(undefined)).toEqual([assignment.id]);
    });
  });

  describe('places never below the seats taken (contracts/src/rules/capacity.ts)', () => {
    it('counts the seats from placement events: lowering to the seats taken works, below is refused naming the minimum', async () => {
      const companyId = await register('hr@werf-g.nl');
      await companies.approve(STAFF, companyId, now);
      const { id } = await draft(companyId, { places: 3 });
      await assignments.publish(asCompany(companyId), id);
      await placement(id, companyId, 'plc_1', 'CONFIRMED');
      await placement(id, companyId, 'plc_2', 'CONFIRMED');
      await placement(id, companyId, 'plc_2', 'ACTIVE'); // a started placement still holds its seat

      const refused = await assignments.update(asCompany(companyId), id, { places: 1 }).then(() => null, (e: unknown) => e as DomainError);
      expect(refused).toBeInstanceOf(DomainError);
      expect({ code: refused!.code, reason: refused!.reason, details: refused!.details }).toEqual({
        code: 'CONFLICT',
        reason: Reasons.PLACES_BELOW_TAKEN,
        details: { field: 'input.places', min: 2 },
      });
      expect((await assignments.assignments.get(id))!.places).toBe(3);
      expect((await assignments.update(asCompany(companyId), id, { places: 2 })).places).toBe(2);
    });

    it('frees the seat of a cancelled placement, and a redelivered event counts once', async () => {
      const companyId = await register('hr@werf-h.nl');
      await companies.approve(STAFF, companyId, now);
      const { id } = await draft(companyId, { places: 2 });
      await placement(id, companyId, 'plc_1', 'CONFIRMED');
      await placement(id, companyId, 'plc_1', 'CONFIRMED'); // the bus delivers it again
      await placement(id, companyId, 'plc_2', 'CONFIRMED');
      expect((await refusal(assignments.update(asCompany(companyId), id, { places: 1 }))).reason).toBe(Reasons.PLACES_BELOW_TAKEN);

      await placement(id, companyId, 'plc_2', 'CANCELLED');
      expect((await assignments.update(asCompany(companyId), id, { places: 1 })).places).toBe(1);
      expect((await refusal(assignments.update(asCompany(companyId), id, { places: 0 }))).field).toBe('input.places');
    });
  });
});
