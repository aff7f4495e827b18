import { STAFF, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { applyOnceKnown, applyWhenReady, createDraft, publishAssignment, registerApprovedCompany, registerStudent, verifyByMail } from './fixtures';

const ME = '{ me { accountId emailVerified } }';
const CAN_APPLY = 'query($id: ID!) { assignment(id: $id) { canApply { allowed reason } } }';
const PUBLISH = 'mutation($id: ID!) { publishAssignment(id: $id) { id status } }';
const refusalOf = (r: GraphQLResult) => ({ ...r.errors?.[0]?.extensions, message: r.errors?.[0]?.message });
/** What the refusal says to do: open the link in the mail, or ask for a new one. */
const SAYS_WHAT_TO_DO = /link in the verification e-mail.*new link \(resendVerification\)/;

/**
 * Issue 14: a new account verifies its address by the mailed link before it can apply or publish;
 * until then it signs in and edits its profile as any account does.
 */
describe('e-mail verification gates applying and publishing', () => {
  let m: TestMarketplace;
  let staff: string;
  let assignmentId: string;
  beforeAll(async () => {
    m = await startTestMarketplace(undefined, { CB_MAIL_POLL_MS: '200' });
    staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    assignmentId = await publishAssignment(m, company.token);
  });
  afterAll(async () => {
    await m.stop();
  });

  it('refuses an unverified student’s application with FORBIDDEN / EMAIL_NOT_VERIFIED; after the mailed link it is taken', async () => {
    const student = await registerStudent(m, {}, { verified: false });
    expect((await m.ok(ME, {}, student.token)).me).toEqual({ accountId: student.id, emailVerified: false });

    const refused = await applyOnceKnown(m, student.token, assignmentId, { awaitVerification: false });
    expect(refusalOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED', message: expect.stringMatching(SAYS_WHAT_TO_DO) });
    expect((await m.ok(CAN_APPLY, { id: assignmentId }, student.token)).assignment.canApply).toEqual({ allowed: false, reason: 'EMAIL_NOT_VERIFIED' });

    // Signing in and editing the profile need no verification.
    const again = await m.signIn(student.email, 'student-password-1');
    const edited = await m.ok('mutation($id: ID!) { updateStudentProfile(id: $id, input: { studyYear: 4 }) { studyYear } }', { id: student.id }, again);
    expect(edited.updateStudentProfile.studyYear).toBe(4);

    await verifyByMail(m, student.email);
    expect((await m.ok(ME, {}, student.token)).me.emailVerified).toBe(true);
    expect(await applyWhenReady(m, student.token, assignmentId)).toMatch(/^app_/);
  });

  it('refuses publishing for an organisation whose contact is unverified; after the mailed link it publishes', async () => {
    const company = await registerApprovedCompany(m, staff, {}, { verified: false });
    expect((await m.ok(ME, {}, company.token)).me.emailVerified).toBe(false);
    const edited = await m.ok('mutation($id: ID!) { updateCompanyProfile(id: $id, input: { description: "Scheepsbouw aan de Merwede." }) { description } }', { id: company.id }, company.token);
    expect(edited.updateCompanyProfile.description).toBe('Scheepsbouw aan de Merwede.');

    const refused = await m.gql(PUBLISH, { id: await createDraft(m, company.token) }, company.token);
    expect(refusalOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED', message: expect.stringMatching(SAYS_WHAT_TO_DO) });

    await verifyByMail(m, company.email);
    const draft = await createDraft(m, company.token);
    expect((await m.ok(PUBLISH, { id: draft }, company.token)).publishAssignment).toEqual({ id: draft, status: 'PUBLISHED' });
  });
});

