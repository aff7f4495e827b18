import { isAccountMail, tokenIn } from '../mail/eml';
import { companyRegistration, studentRegistration } from '../support/registrations';
import { eventually, kvk, unique, type GraphQLResult, type MarketplaceApi } from './harness';

/** The business steps the tests repeat, written once, through the public API only. */

/**
 * A new account is verified the way a person verifies it: with the link in the mail registering
 * sent. `verified: false` leaves it as registering leaves it (it signs in, but may not apply or publish).
 */
export interface AccountOptions {
  verified?: boolean;
}

/** Opens the verification link of the mail sent to `email`. */
export async function verifyByMail(m: MarketplaceApi, email: string): Promise<void> {
  const mail = await eventually(async () => m.mailTo(email).find((x) => isAccountMail(x) && x.text.includes('/verify-email?token=')), `the verification mail to ${email}`);
  await m.ok('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(mail, '/verify-email') });
}

/** The mutations that register an account, with an input such as the two below (`{ i: … }`). */
export const REGISTER_STUDENT = 'mutation($i: RegisterStudentInput!) { registerStudent(input: $i) { id } }';
export const REGISTER_COMPANY = 'mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }';

/** An ICT organisation's registration with a name and KvK number of its own, as a shared marketplace needs. */
export const newCompanyRegistration = (over: Record<string, unknown> = {}) => companyRegistration({ name: `Dordtse Techniek ${unique()}`, kvkNumber: kvk(), sector: 'ICT', ...over });

export async function registerApprovedCompany(m: MarketplaceApi, staffToken: string, overrides: Record<string, unknown> = {}, { verified = true }: AccountOptions = {}) {
  const email = `hr-${unique()}@bedrijf.nl`;
  const password = 'company-password-1';
  const { registerCompany } = await m.ok(REGISTER_COMPANY, { i: newCompanyRegistration({ contactEmail: email, password, ...overrides }) });
  await m.ok('mutation($id: ID!) { approveCompany(id: $id) { id status } }', { id: registerCompany.id }, staffToken);
  if (verified) await verifyByMail(m, email);
  const token = await m.signIn(email, password);
  return { id: registerCompany.id as string, token, email };
}

/** Today in Amsterdam, where the server decides dates (contracts/src/rules/calendar.ts). */
export const amsterdamToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A period that starts in a week: applications are still open, and a placement may start today
 * (a start may lie up to 31 days before the assignment's period, not more).
 */
export const periodStartingSoon = () => ({ periodStart: plusDays(amsterdamToday(), 7), periodEnd: plusDays(amsterdamToday(), 150) });

/** A draft of the organisation: creating one needs neither approval nor a verified address, publishing does. */
export async function createDraft(m: MarketplaceApi, companyToken: string, overrides: Record<string, unknown> = {}) {
  const { createAssignment } = await m.ok(
    `mutation($input: AssignmentInput!) { createAssignment(input: $input) { id status } }`,
    {
      input: {
        title: `Afstudeeropdracht datakoppelingen ${unique()}`,
        description: 'Bouw een koppeling tussen het planningssysteem en de werkplaats, met TypeScript en SQL.',
        type: 'GRADUATION',
        levels: ['BACHELOR'],
        requiredSkills: [{ skillId: 'typescript', level: 2 }],
        periodStart: '2027-02-01',
        periodEnd: '2027-07-01',
        hoursPerWeek: 36,
        places: 2,
        ...overrides,
      },
    },
    companyToken,
  );
  return createAssignment.id as string;
}

export async function publishAssignment(m: MarketplaceApi, companyToken: string, overrides: Record<string, unknown> = {}) {
  const id = await createDraft(m, companyToken, overrides);
  await m.ok('mutation($id: ID!) { publishAssignment(id: $id) { id status } }', { id }, companyToken);
  return id;
}

export async function registerStudent(m: MarketplaceApi, overrides: Record<string, unknown> = {}, { verified = true }: AccountOptions = {}) {
  const email = `student-${unique()}@student.hr.nl`;
  const password = 'student-password-1';
  const { registerStudent } = await m.ok(REGISTER_STUDENT, { i: studentRegistration({ name: 'Sam Jansen', email, password, discoverable: true, ...overrides }) });
  if (verified) await verifyByMail(m, email);
  const token = await m.signIn(email, password);
  return { id: registerStudent.id as string, token, email };
}

/**
 * The answer to `apply` once the placements service has learned of the assignment and the student.
 * With `awaitVerification` it also waits for the student's verification, which reaches placements
 * by event after the link was opened; without it an unverified student's refusal is the answer.
 */
export async function applyOnceKnown(m: MarketplaceApi, studentToken: string, assignmentId: string, { awaitVerification = true } = {}): Promise<GraphQLResult> {
  const until = Date.now() + 15000;
  for (;;) {
    const result = await m.gql(
      'mutation($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id status } }',
      { a: assignmentId, m: 'Ik wil graag bijdragen aan deze opdracht en leren in de regio.' },
      studentToken,
    );
    if (!result.errors) return result;
    const stillPropagating =
      result.errors.some((e) => e.extensions?.code === 'CONFLICT' && /being processed|not known yet/i.test(e.message)) ||
      result.errors.some((e) => e.extensions?.code === 'NOT_FOUND') ||
      (awaitVerification && result.errors.some((e) => e.extensions?.reason === 'EMAIL_NOT_VERIFIED'));
    if (!stillPropagating || Date.now() > until) return result;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Applies as soon as the placements service has learned of the assignment and the (verified) student. */
export async function applyWhenReady(m: MarketplaceApi, studentToken: string, assignmentId: string) {
  const result = await applyOnceKnown(m, studentToken, assignmentId);
  if (result.errors) throw new Error(`apply failed: ${JSON.stringify(result.errors)}`);
  return result.data!.apply.id as string;
}
