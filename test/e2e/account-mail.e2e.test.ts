import { join } from 'node:path';
import { isAccountMail, mailIn, tokenIn, type ReadMail } from '../mail/eml';
import { STAFF, eventually, firstError, type GraphQLResult } from './harness';
import { registerApprovedCompany, REGISTER_STUDENT, registerStudent } from './fixtures';
import { marketplaceForSuite } from './scenarios';

const REQUEST_RESET = 'mutation($e: String!, $l: Language) { requestPasswordReset(email: $e, language: $l) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) }';
const ME = '{ me { accountId emailVerified } }';
const STUDENT = 'query($id: ID!) { student(id: $id) { id email } }';
const NEW_PASSWORD = 'Vogelkers-Biesbosch-Kade-77';

describe('password reset, e-mail verification and changes of password and address (issue 14)', () => {
  const m = marketplaceForSuite({ CB_MAIL_POLL_MS: '200' });
  const mails = (to: string, subject: RegExp) => mailIn(join(m.dataDir, 'mail')).filter((x) => x.to === to && isAccountMail(x) && subject.test(x.subject));
  const awaitMail = (to: string, subject: RegExp, count = 1) =>
    eventually(async () => {
      const found = mails(to, subject);
      return found.length >= count ? found : undefined;
    }, `${count} mail(s) "${subject.source}" to ${to}`);


  it('resets a student’s password with the mailed link, once; the policy applies and every old session ends', async () => {
    const student = await registerStudent(m);
    const before = await m.gql(STUDENT, { id: student.id }, student.token);
    expect(before.errors).toBeUndefined();

    expect((await m.ok(REQUEST_RESET, { e: student.email.toUpperCase(), l: 'EN' })).requestPasswordReset).toBe(true);
    const [mail] = await awaitMail(student.email, /new password/);
    expect(mail.text).toContain('within an hour');
    const token = tokenIn(mail, '/reset-password');

    const weak = await m.gql(RESET, { t: token, p: 'password12' });
    expect(firstError(weak)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK', field: 'password' });
    expect((await m.ok(RESET, { t: token, p: NEW_PASSWORD })).resetPassword).toBe(true);

    expect(firstError(await m.gql(RESET, { t: token, p: `${NEW_PASSWORD}-2` }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_INVALID', field: 'token' });
    expect(firstError(await m.gql(STUDENT, { id: student.id }, student.token))?.code).toBe('UNAUTHENTICATED');
    await eventually(async () => firstError(await m.gql('{ notifications { total } }', {}, student.token))?.code === 'UNAUTHENTICATED', 'notifications to end the old session');
    const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
    expect(firstError(await m.gql(signIn, { e: student.email, p: 'student-password-1' }))?.reason).toBe('INVALID_CREDENTIALS');
    const fresh = await m.signIn(student.email, NEW_PASSWORD);
    expect((await m.ok(STUDENT, { id: student.id }, fresh)).student.id).toBe(student.id);
  });

  it('answers a reset request for an unknown address as for a known one, and mails nobody', async () => {
    const nobody = `niemand-${Date.now()}@student.nl`;
    expect(await m.gql(REQUEST_RESET, { e: nobody })).toMatchObject({ data: { requestPasswordReset: true } });
    const student = await registerStudent(m);
    expect(await m.gql(REQUEST_RESET, { e: student.email })).toMatchObject({ data: { requestPasswordReset: true } });
    const [mail] = await awaitMail(student.email, /Nieuw wachtwoord/);
    expect(mail.text).toContain('binnen een uur');
    expect(mailIn(join(m.dataDir, 'mail')).filter((x) => x.to === nobody)).toEqual([]);
  });

  it('resets the password of an organisation contact and of staff', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    await m.ok(REQUEST_RESET, { e: company.email });
    await m.ok(REQUEST_RESET, { e: STAFF.email });
    for (const address of [company.email, STAFF.email]) {
      const [mail] = await awaitMail(address, /Nieuw wachtwoord/);
      await m.ok(RESET, { t: tokenIn(mail, '/reset-password'), p: NEW_PASSWORD });
      const token = await m.signIn(address, NEW_PASSWORD);
      // Neither registered through the public API: the seed's staff account counts as verified.
      if (address === STAFF.email) expect((await m.ok(ME, {}, token)).me.emailVerified).toBe(true);
    }
  });

  it('slows many reset requests for one address like sign-in', async () => {
    const email = `vaak-${Date.now()}@student.nl`;
    const answers: GraphQLResult[] = [];
    for (let i = 0; i < 8; i++) answers.push(await m.gql(REQUEST_RESET, { e: email }));
    const limited = answers.filter((a) => firstError(a)?.code === 'TOO_MANY_REQUESTS');
    expect(limited.length).toBeGreaterThan(0);
    expect(firstError(limited[0])).toMatchObject({ reason: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  });

  it('mails a new student a verification link; opening it verifies the address, once', async () => {
    const student = await registerStudent(m, {}, { verified: false });
    expect((await m.ok(ME, {}, student.token)).me).toEqual({ accountId: student.id, emailVerified: false });
    const [mail] = await awaitMail(student.email, /Bevestig je e-mailadres/);
    const token = tokenIn(mail, '/verify-email');
    expect((await m.ok(VERIFY, { t: token })).verifyEmail).toBe(true);
    expect((await m.ok(ME, {}, student.token)).me.emailVerified).toBe(true);
    expect(firstError(await m.gql(VERIFY, { t: token }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_INVALID' });
    expect(firstError(await m.gql(VERIFY, { t: 'acm_00000000-0000-0000-0000-000000000000.made-up-secret-value' }))?.reason).toBe('LINK_INVALID');
  });

  it('sends a new verification link on request, and none once verified', async () => {
    const student = await registerStudent(m, {}, { verified: false });
    expect((await m.ok('mutation { resendVerification(language: EN) }', {}, student.token)).resendVerification).toBe(true);
    const [mail] = await awaitMail(student.email, /Confirm your e-mail address/);
    await m.ok(VERIFY, { t: tokenIn(mail, '/verify-email') });
    expect((await m.ok('mutation { resendVerification }', {}, student.token)).resendVerification).toBe(false);
  });

  it('changes the password: the current one is checked, other sessions end, this one goes on with a new token', async () => {
    const student = await registerStudent(m);
    const other = await m.signIn(student.email, 'student-password-1');
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }';
    expect(firstError(await m.gql(CHANGE, { c: 'not-my-password-1', n: NEW_PASSWORD }, student.token))).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', field: 'currentPassword' });
    expect(firstError(await m.gql(CHANGE, { c: 'student-password-1', n: '1234567890' }, student.token))).toMatchObject({ reason: 'PASSWORD_TOO_WEAK', field: 'newPassword' });
    const { changePassword } = await m.ok(CHANGE, { c: 'student-password-1', n: NEW_PASSWORD }, student.token);
    expect((await m.ok(STUDENT, { id: student.id }, changePassword.token)).student.id).toBe(student.id);
    expect(firstError(await m.gql(STUDENT, { id: student.id }, other))?.code).toBe('UNAUTHENTICATED');
    expect(await m.signIn(student.email, NEW_PASSWORD)).toEqual(expect.any(String));
  });

  it('changes the address after the new one is verified; an address of another account is refused', async () => {
    const student = await registerStudent(m);
    const taken = await registerStudent(m);
    const CHANGE = 'mutation($e: String!, $p: String!) { changeEmail(newEmail: $e, password: $p) }';
    expect(firstError(await m.gql(CHANGE, { e: taken.email.toUpperCase(), p: 'student-password-1' }, student.token))).toEqual({ code: 'CONFLICT', reason: 'EMAIL_IN_USE', field: 'newEmail' });
    expect(firstError(await m.gql(CHANGE, { e: 'not an address', p: 'student-password-1' }, student.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
    expect(firstError(await m.gql(CHANGE, { e: `nieuw-${Date.now()}@student.nl`, p: 'wrong-password-1' }, student.token))).toMatchObject({ reason: 'WRONG_PASSWORD', field: 'password' });

    const next = `nieuw-${Date.now()}@student.nl`;
    expect((await m.ok(CHANGE, { e: next, p: 'student-password-1' }, student.token)).changeEmail).toBe(true);
    // Until the new address is verified, the old one is the account's and the new one is held for it.
    expect((await m.ok(STUDENT, { id: student.id }, student.token)).student.email).toBe(student.email);
    const register = await m.gql(REGISTER_STUDENT, {
      i: { name: 'Ander', email: next, password: NEW_PASSWORD, institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'BACHELOR', studyYear: 3 },
    });
    expect(firstError(register)?.reason).toBe('EMAIL_IN_USE');
    const [mail]: ReadMail[] = await awaitMail(next, /Bevestig je e-mailadres/);
    await m.ok(VERIFY, { t: tokenIn(mail, '/verify-email') });
    expect((await m.ok(STUDENT, { id: student.id }, student.token)).student.email).toBe(next);
    expect(await m.signIn(next, 'student-password-1')).toEqual(expect.any(String));
    // The old address is free again.
    const again = await m.gql(REGISTER_STUDENT, {
      i: { name: 'Ander', email: student.email, password: NEW_PASSWORD, institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'BACHELOR', studyYear: 3 },
    });
    expect(again.errors).toBeUndefined();
  });

  it('erasure leaves none of the student’s links or account mail: not in the students store, the mail outbox or the mail directory', async () => {
    const student = await registerStudent(m, {}, { verified: false });
    await m.ok(REQUEST_RESET, { e: student.email });
    await awaitMail(student.email, /Nieuw wachtwoord/);
    await awaitMail(student.email, /Bevestig je e-mailadres/);
    const tokens = m.marketplace.services.students.store.collection<{ id: string; accountId: string }>({ name: 'account_tokens' });
    expect(await tokens.find({ accountId: student.id })).toHaveLength(2);

    await m.ok('mutation($id: ID!) { eraseStudent(id: $id) { studentId } }', { id: student.id }, student.token);
    expect(await tokens.find({ accountId: student.id })).toEqual([]);
    const outbox = m.marketplace.services.notifications.store.collection<{ id: string; ownerId: string }>({ name: 'mail_outbox' });
    await eventually(async () => (await outbox.find({ ownerId: student.id })).length === 0 && mailIn(join(m.dataDir, 'mail')).every((x) => x.to !== student.email), 'the account mail gone');
  });
});
