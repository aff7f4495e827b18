import { seed } from '@cb/gateway';
import { DEMO_ACCOUNTS } from '@cb/gateway/src/seed';
import { Topics } from '@cb/contracts';
import { isAccountMail } from '../mail/eml';
import { createDraft } from './fixtures';
import { eventually } from './harness';
import { marketplaceForSuite } from './scenarios';

const todayInAmsterdam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Applications still take applications: published, a place left, and not yet closed (deadline, or period start without one). */
const takesApplications = (a: { status: string; placesLeft: number; applicationDeadline: string | null; periodStart: string }, today: string) =>
  a.status === 'PUBLISHED' && a.placesLeft > 0 && (a.applicationDeadline ? a.applicationDeadline >= today : a.periodStart > today);

const ASSIGNMENT = 'id title status placesLeft applicationDeadline periodStart periodEnd levels requiredSkills { skill { id } }';

/**
 * The demo marketplace as `npm start` seeds it, seen by its demo accounts through the gateway:
 * the demo student has good matches that she can apply to, and the demo company has applicants
 * it can still place.
 */
describe('the seeded demo marketplace', () => {
  const m = marketplaceForSuite();
  let sanne: string;
  let sanneId: string;
  beforeAll(async () => {
    await seed(m.marketplace, new Date());
    for (const service of Object.values(m.marketplace.services)) await service.flushOutbox();
    await eventually(async () => (await m.marketplace.runtime.bus.lag('search', Object.values(Topics))) === 0, 'search to handle the seeded events', 60_000);
    sanne = await m.signIn(DEMO_ACCOUNTS.student.email, DEMO_ACCOUNTS.student.password);
    const { me } = await m.ok<{ me: { student: { id: string } } }>('{ me { student { id } } }', {}, sanne);
    sanneId = me.student.id;
  }, 240_000);

  it("gives Sanne at least three recommendations of 60 or more that hold the required skills and take applications", async () => {
    const { recommendAssignments, student } = await m.ok<{
      recommendAssignments: Array<{ score: number; assignment: Record<string, any> }>;
      student: { skills: Array<{ skill: { id: string } }> };
    }>(`query($id: ID!) { recommendAssignments(studentId: $id, limit: 10) { score assignment { ${ASSIGNMENT} } } student(id: $id) { skills { skill { id } } } }`, { id: sanneId }, sanne);
    const held = new Set(student.skills.map((s) => s.skill.id));
    const today = todayInAmsterdam();
    const good = recommendAssignments.filter(
      (r) =>
        r.score >= 60 &&
        r.assignment.requiredSkills.length > 0 &&
        r.assignment.requiredSkills.every((s: { skill: { id: string } }) => held.has(s.skill.id)) &&
        takesApplications(r.assignment as never, today),
    );
    console.log(`Sanne: ${recommendAssignments.length} recommendations, ${good.length} good: ${good.map((r) => `${r.assignment.title} ${r.score}`).join('; ')}`);
    expect(good.length).toBeGreaterThanOrEqual(3);
  });

  it('searches open assignments only by default; a closed one (includeClosed) refuses apply with APPLICATIONS_CLOSED', async () => {
    const SEARCH = `query($f: AssignmentFilter, $p: Int) { searchAssignments(filter: $f, page: $p, pageSize: 100) { total hits { assignment { ${ASSIGNMENT} openForApplications } } } }`;
    const everyHit = async (filter: Record<string, unknown> | null) => {
      const hits: Array<Record<string, any>> = [];
      for (let page = 1; ; page++) {
        const { searchAssignments } = await m.ok(SEARCH, { f: filter, p: page });
        hits.push(...searchAssignments.hits.map((h: { assignment: Record<string, any> }) => h.assignment));
        if (hits.length >= searchAssignments.total || searchAssignments.hits.length === 0) return hits;
      }
    };
    const today = todayInAmsterdam();
    const open = await everyHit(null);
    const all = await everyHit({ includeClosed: true });
    const closedByDate = all.filter((a) => a.status === 'PUBLISHED' && a.placesLeft > 0 && !takesApplications(a as never, today));
    console.log(`default search: ${open.length} hits; with includeClosed: ${all.length}, of which ${closedByDate.length} closed by their dates`);
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((a) => !a.openForApplications || !takesApplications(a as never, today))).toEqual([]);
    expect(closedByDate.length).toBeGreaterThan(0);
    expect(closedByDate.every((a) => !a.openForApplications)).toBe(true);
    const applied = await m.gql('mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik wil graag meedoen aan deze opdracht.") { id } }', { a: closedByDate[0].id }, sanne);
    expect(applied.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATIONS_CLOSED' });
  });

  it('gives Sanne one offer waiting for her answer, for an assignment whose period has not ended', async () => {
    const { student } = await m.ok<{ student: { applications: Array<{ status: string; assignment: { periodEnd: string } }> } }>(
      'query($id: ID!) { student(id: $id) { applications { status assignment { periodEnd } } } }',
      { id: sanneId },
      sanne,
    );
    const offers = student.applications.filter((a) => a.status === 'OFFERED');
    expect(offers).toHaveLength(1);
    expect(offers[0].assignment.periodEnd >= todayInAmsterdam()).toBe(true);
  });

  it('gives the demo company open assignments with applicants it can still place', async () => {
    const company = await m.signIn(DEMO_ACCOUNTS.company.email, DEMO_ACCOUNTS.company.password);
    const { me } = await m.ok<{ me: { company: { name: string; assignments: Array<Record<string, any> & { applications: Array<{ status: string; student: { level: string } | null }> }> } } }>(
      `{ me { company { name assignments { ${ASSIGNMENT} applications { status student { level } } } } } }`,
      {},
      company,
    );
    expect(me.company.name).toBe('Dordtse Scheepswerf');
    const today = todayInAmsterdam();
    const placeable = me.company.assignments
      .filter((a) => takesApplications(a as never, today))
      .flatMap((a) => a.applications.filter((p) => ['SUBMITTED', 'IN_REVIEW', 'INTERVIEW'].includes(p.status) && p.student && a.levels.includes(p.student.level)));
    expect(placeable.length).toBeGreaterThanOrEqual(3);
  });

  it('seeds its accounts verified and mails them no verification link: Sanne applies, the demo company publishes', async () => {
    const company = await m.signIn(DEMO_ACCOUNTS.company.email, DEMO_ACCOUNTS.company.password);
    for (const token of [sanne, company]) expect((await m.ok('{ me { emailVerified } }', {}, token)).me.emailVerified).toBe(true);
    await eventually(async () => (await m.marketplace.runtime.bus.lag('notifications', Object.values(Topics))) === 0, 'notifications to handle the seeded events', 60_000);
    const outbox = m.marketplace.services.notifications.store.collection<{ id: string; accountMail?: boolean }>({ name: 'mail_outbox' });
    expect(await outbox.find({ accountMail: true })).toEqual([]);
    expect(m.mailTo(DEMO_ACCOUNTS.student.email).filter(isAccountMail)).toEqual([]);

    const { searchAssignments } = await m.ok('{ searchAssignments(pageSize: 100) { hits { assignment { id canApply { allowed reason } } } } }', {}, sanne);
    const answers: Array<{ id: string; canApply: { allowed: boolean; reason: string | null } }> = searchAssignments.hits.map((h: { assignment: never }) => h.assignment);
    expect(answers.filter((a) => a.canApply.reason === 'EMAIL_NOT_VERIFIED')).toEqual([]);
    const open = answers.find((a) => a.canApply.allowed);
    expect(open).toBeDefined();
    const applied = await m.gql('mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik wil graag meedoen aan deze opdracht.") { status } }', { a: open!.id }, sanne);
    expect(applied).toMatchObject({ data: { apply: { status: 'SUBMITTED' } } });

    const published = await m.ok('mutation($id: ID!) { publishAssignment(id: $id) { status } }', { id: await createDraft(m, company) }, company);
    expect(published.publishAssignment.status).toBe('PUBLISHED');
  });
});
