import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAccountMail, readMail } from '../mail/eml';
import { SmtpSink, type ReceivedMail } from '../mail/smtp-sink';
import { STAFF, eventually, startTestMarketplace, type TestMarketplace } from './harness';
import { applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';
import { marketplaceForSuite, worldWithApplication, worldWithCompany } from './scenarios';

const INBOX = `query($unread: Boolean, $page: Int, $size: Int) {
  notifications(unreadOnly: $unread, page: $page, pageSize: $size) {
    items { id kind createdAt readAt link subject { applicationId assignmentId placementId companyId studentId } title body }
    unreadCount total
  }
}`;
const READ = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MOVE = 'mutation($id: ID!, $to: ApplicationStatus!) { moveApplication(id: $id, status: $to) { status } }';
const TITLE = 'query($id: ID!) { assignment(id: $id) { title } }';

type Item = { id: string; kind: string; readAt: string | null; link: string; subject: Record<string, string | null>; title: string; body: string };
const inbox = async (m: TestMarketplace, token: string, vars: Record<string, unknown> = {}) =>
  (await m.ok<{ notifications: { items: Item[]; unreadCount: number; total: number } }>(INBOX, { size: 100, ...vars }, token)).notifications;
const mailId = (notificationId: string) => `<${notificationId}@careerboost.nl>`;
/** Notification mail only: new accounts also get a verification mail (test/e2e/account-mail.e2e.test.ts). */
const notificationMail = (list: ReceivedMail[]) => list.filter((x) => !isAccountMail(x));
const notificationFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.eml') && !isAccountMail(readMail(readFileSync(join(dir, f), 'utf8'))));
/** Headers of an RFC 822 message, with folded lines joined. */
const headersOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');

describe('notifications and e-mail (embedded profile, .eml files)', () => {
  const m = marketplaceForSuite({ CB_MAIL_POLL_MS: '200' });

  it('a company makes an offer: the student reads it in their inbox and an .eml lands in $CB_DATA_DIR/mail', async () => {
    const { company, student, assignmentId, applicationId } = await worldWithApplication(m, { assignment: periodStartingSoon() });
    const title = (await m.ok(TITLE, { id: assignmentId }, company.token)).assignment.title as string;
    await m.ok(MOVE, { id: applicationId, to: 'OFFERED' }, company.token);

    const offer = await eventually(async () => (await inbox(m, student.token)).items.find((n) => n.kind === 'OFFER_MADE'), 'the offer in the inbox');
    expect(offer).toMatchObject({
      readAt: null,
      link: '/student/applications',
      subject: { applicationId, assignmentId, companyId: company.id, studentId: student.id },
      title: `Je hebt een aanbod voor ${title}`,
    });
    expect((await inbox(m, student.token)).unreadCount).toBe(1);
    const companyKinds = await eventually(async () => {
      const kinds = (await inbox(m, company.token)).items.map((n) => n.kind).sort();
      return kinds.length === 2 && kinds;
    }, 'the organisation hears of its approval and the application');
    expect(companyKinds).toEqual(['APPLICATION_RECEIVED', 'ORGANISATION_APPROVED']);

    const mailDir = join(m.dataDir, 'mail');
    const file = join(mailDir, `${offer.id}@careerboost.nl.eml`);
    await eventually(async () => existsSync(file), 'the offer mail as an .eml file');
    const headers = headersOf(readFileSync(file, 'utf8'));
    expect(headers).toContain(`To: ${student.email}`);
    expect(headers).toContain(`Message-ID: ${mailId(offer.id)}`);
    expect(headers).toContain(`Subject: Je hebt een aanbod voor ${title}`);
    expect(readFileSync(file, 'utf8')).toContain('/student/applications');
    // The organisation's two notifications went to its contact address.
    await eventually(async () => notificationFiles(mailDir).length === 3, 'three mails in all');
    const toCompany = notificationFiles(mailDir).filter((f) => headersOf(readFileSync(join(mailDir, f), 'utf8')).includes(`To: ${company.email}`));
    expect(toCompany).toHaveLength(2);
  });

  it("speaks the person's chosen language, in the inbox and in the mail, looked up when read and sent", async () => {
    const { company, student, assignmentId, applicationId } = await worldWithApplication(m, { assignment: periodStartingSoon() });
    const title = (await m.ok(TITLE, { id: assignmentId }, company.token)).assignment.title as string;
    const chosen = await m.ok('mutation($id: ID!) { updateStudentProfile(id: $id, input: { preferredLanguage: EN }) { preferredLanguage } }', { id: student.id }, student.token);
    expect(chosen.updateStudentProfile.preferredLanguage).toBe('EN');
    await m.ok(MOVE, { id: applicationId, to: 'OFFERED' }, company.token);

    const offer = await eventually(async () => (await inbox(m, student.token)).items.find((n) => n.kind === 'OFFER_MADE'), 'the offer in the inbox');
    expect(offer.title).toBe(`You have an offer for ${title}`);
    const file = join(m.dataDir, 'mail', `${offer.id}@careerboost.nl.eml`);
    await eventually(async () => existsSync(file), 'the offer mail as an .eml file');
    const raw = readFileSync(file, 'utf8');
    expect(headersOf(raw)).toContain(`Subject: You have an offer for ${title}`);
    expect(raw).toContain('Hello,'); // the English frame (the body is quoted-printable, so only short words are searched)
    // The organisation kept the default: its notification of the application is Dutch.
    const received = await eventually(async () => (await inbox(m, company.token)).items.find((n) => n.kind === 'APPLICATION_RECEIVED'), 'the application');
    expect(received.title).toBe(`Nieuwe sollicitatie op ${title}`);
    // Changed later, the language applies to what the inbox already holds (the words are rendered when read).
    await m.ok('mutation($id: ID!) { updateCompanyProfile(id: $id, input: { preferredLanguage: EN }) { contactPerson { preferredLanguage } } }', { id: company.id }, company.token);
    expect((await inbox(m, company.token)).items.find((n) => n.id === received.id)?.title).toBe(`New application for ${title}`);
    // The student's language is theirs and staff's to read, not the organisation's.
    const seen = await m.ok('query($id: ID!) { student(id: $id) { preferredLanguage } }', { id: student.id }, company.token);
    expect(seen.student.preferredLanguage).toBeNull();
  });

  it('a mail choice of NEVER keeps the notification in the inbox and sends no mail; a wrong kind is input to correct', async () => {
    const { staff, company, student, assignmentId } = await worldWithCompany(m, { assignment: periodStartingSoon() });
    const SET = 'mutation($k: NotificationKind!, $d: MailDelivery!) { setNotificationPreference(kind: $k, delivery: $d) { kind delivery } }';
    expect((await m.ok(SET, { k: 'OFFER_MADE', d: 'NEVER' }, student.token)).setNotificationPreference).toEqual({ kind: 'OFFER_MADE', delivery: 'NEVER' });
    const listed = (await m.ok('{ notificationPreferences { kind delivery } }', {}, student.token)).notificationPreferences as Array<{ kind: string; delivery: string }>;
    expect(listed.find((p) => p.kind === 'OFFER_MADE')?.delivery).toBe('NEVER');
    expect((await m.gql(SET, { k: 'APPLICATION_RECEIVED', d: 'NEVER' }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field: 'kind' });
    expect((await m.gql(SET, { k: 'OFFER_MADE', d: 'NEVER' }, staff)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const applicationId = await applyWhenReady(m, student.token, assignmentId);
    await m.ok(MOVE, { id: applicationId, to: 'OFFERED' }, company.token);
    await eventually(async () => (await inbox(m, student.token)).items.some((n) => n.kind === 'OFFER_MADE'), 'the offer in the inbox');
    // The mail is decided with the notification, in the same handler: none was queued (the account's
    // verification mail is not a notification and has no choice).
    const outbox = m.marketplace.services.notifications.store.collection<{ id: string; ownerId: string; accountMail?: boolean }>({ name: 'mail_outbox' });
    expect((await outbox.find({ ownerId: student.id })).filter((mail) => !mail.accountMail)).toEqual([]);
  });

  it('only the owner reads and marks an inbox; staff have none', async () => {
    const { staff, company, student, applicationId } = await worldWithApplication(m, { assignment: periodStartingSoon() });
    const other = await registerStudent(m);
    await m.ok(MOVE, { id: applicationId, to: 'INTERVIEW' }, company.token);
    const [invite] = (await eventually(async () => (await inbox(m, student.token)).items.length > 0 && inbox(m, student.token), 'the invitation')).items;
    expect(invite.kind).toBe('INTERVIEW_INVITED');

    expect((await inbox(m, other.token)).total).toBe(0);
    expect((await m.ok(READ, { ids: [invite.id] }, other.token)).markNotificationsRead).toBe(0);
    expect((await m.ok(READ, { ids: [invite.id] }, company.token)).markNotificationsRead).toBe(0);
    expect((await inbox(m, staff)).total).toBe(0);
    expect((await m.gql(INBOX, {})).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    expect((await m.ok(READ, { ids: [invite.id, invite.id] }, student.token)).markNotificationsRead).toBe(1);
    expect((await m.ok(READ, { ids: [invite.id] }, student.token)).markNotificationsRead).toBe(0);
    const after = await inbox(m, student.token);
    expect(after.unreadCount).toBe(0);
    expect(after.items[0].readAt).toEqual(expect.any(String));
    expect((await inbox(m, student.token, { unread: true })).total).toBe(0);
  });

  it('never serves the internal contact fields through the gateway', async () => {
    const student = await registerStudent(m);
    for (const field of ['_studentContact', '_companyContact']) {
      const result = await m.gql(`query($id: ID!) { ${field}(id: $id) { email } }`, { id: student.id }, student.token);
      expect([field, result.data?.[field], result.errors?.[0]?.extensions?.code]).toEqual([field, undefined, 'GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it("erasure removes the student's inbox, and the organisation's notifications forget the student", async () => {
    const { staff, company, student, applicationId } = await worldWithApplication(m, { assignment: periodStartingSoon() });
    // A saved search and a mail choice: the student's own, so they go with the inbox.
    await m.ok('mutation { saveSearch(input: { name: "Alles" }) { id } }', {}, student.token);
    await m.ok('mutation { setNotificationPreference(kind: OFFER_MADE, delivery: NEVER) { kind } }', {}, student.token);
    await m.ok(MOVE, { id: applicationId, to: 'IN_REVIEW' }, company.token);
    await eventually(async () => (await inbox(m, student.token)).total === 1, 'the student notified');
    const mailDir = join(m.dataDir, 'mail');
    const mailTo = (address: string) => readdirSync(mailDir).filter((f) => headersOf(readFileSync(join(mailDir, f), 'utf8')).includes(`To: ${address}`));
    await eventually(async () => mailTo(student.email).filter((f) => notificationFiles(mailDir).includes(f)).length === 1, 'the student’s mail as an .eml file');
    const received = async () => (await inbox(m, company.token)).items.find((n) => n.kind === 'APPLICATION_RECEIVED');
    expect((await received())?.subject.studentId).toBe(student.id);

    await m.ok('mutation($id: ID!) { eraseStudent(id: $id) { studentId } }', { id: student.id }, staff);
    await eventually(async () => (await received())?.subject.studentId === null, 'the organisation’s notification without the student');
    const store = m.marketplace.services.notifications.store;
    const left = await store.collection<{ id: string; ownerId: string }>({ name: 'notifications' }).find({ ownerId: student.id });
    expect(left).toEqual([]);
    for (const name of ['mail_preferences', 'digest_queue', 'mail_outbox']) {
      expect([name, await store.collection<{ id: string }>({ name }).count({ ownerId: student.id })]).toEqual([name, 0]);
    }
    expect(await store.collection<{ id: string }>({ name: 'saved_searches' }).count({ studentId: student.id })).toBe(0);
    // The .eml files are the marketplace's own copy of the mail: they go too.
    expect(mailTo(student.email)).toEqual([]);
  });

  it('refuses a bad page or too many ids as input to correct', async () => {
    const student = await registerStudent(m);
    expect((await m.gql(INBOX, { size: 101 }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', field: 'notifications.pageSize' });
    expect((await m.gql(INBOX, { page: 0 }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', field: 'notifications.page' });
    const ids = Array.from({ length: 101 }, (_, i) => `ntf_${i}`);
    expect((await m.gql(READ, { ids }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'ids' });
  });
});

describe('notifications and e-mail over SMTP, with the mail server stopped and restarted mid-stream', () => {
  const sink = new SmtpSink();
  let m: TestMarketplace;
  beforeAll(async () => {
    await sink.start();
    m = await startTestMarketplace(undefined, { SMTP_URL: sink.url, CB_MAIL_POLL_MS: '200', CB_MAIL_RETRY_MS: '100', CB_MAIL_RETRY_MAX_MS: '500' }, sink.mailTo);
  });
  afterAll(async () => {
    await m.stop();
    await sink.stop();
  });

  it('delivers every notification exactly once, the ones queued during the outage after it', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { ...periodStartingSoon(), places: 10 });
    const students = [];
    for (let i = 0; i < 4; i++) students.push(await registerStudent(m));
    const applications = [];
    for (const s of students) applications.push(await applyWhenReady(m, s.token, assignmentId));
    // Before the outage: approval and four applications reach the organisation.
    await eventually(async () => notificationMail(sink.to(company.email)).length === 5, 'the first mails', 20000);

    await sink.stop();
    for (const id of applications) await m.ok(MOVE, { id, to: 'OFFERED' }, company.token);
    // The offers are in the inboxes while the mail server is down.
    for (const s of students) await eventually(async () => (await inbox(m, s.token)).total === 1, 'the offer in the inbox');
    await new Promise((r) => setTimeout(r, 1000)); // the relay tries, and fails, a few times
    expect(students.flatMap((s) => notificationMail(sink.to(s.email)))).toEqual([]);
    await sink.start();

    const expected = new Set<string>();
    for (const s of students) for (const n of (await inbox(m, s.token)).items) expected.add(mailId(n.id));
    for (const n of (await inbox(m, company.token)).items) expected.add(mailId(n.id));
    expect(expected.size).toBe(9);
    const received = () => notificationMail(sink.received);
    await eventually(async () => received().length >= 9 && new Set(received().map((r) => r.messageId)).size === 9, 'every mail after the restart', 20000);
    await new Promise((r) => setTimeout(r, 1000)); // time for a duplicate to show, if there were one
    expect(received().map((r) => r.messageId).sort()).toEqual([...expected].sort());
    for (const s of students) expect(notificationMail(sink.to(s.email))).toHaveLength(1);
  });
});
