import { EmailClaims, SqliteStore, logger } from '@cb/kit';
import { StudentUseCases } from '@cb/students';
import { join } from 'node:path';
import { STAFF, eventually, firstError, startTestMarketplace, unique } from './harness';
import { studentRegistration } from '../support/registrations';
import { newCompanyRegistration, REGISTER_COMPANY, registerStudent, REGISTER_STUDENT } from './fixtures';
import { marketplaceForSuite, worldWithApplication } from './scenarios';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token viewer { role } } }';
const ATTACKER_PASSWORD = 'Overname-poging-9471';


describe('one identity per e-mail address (DESIGN.md §3)', () => {
  const m = marketplaceForSuite();

  it('refuses an organisation or student on the staff address, in another case and with spaces; staff still sign in, the attacker does not', async () => {
    const disguised = `  ${STAFF.email.toUpperCase()} `;
    const asCompany = await m.gql(REGISTER_COMPANY, { i: newCompanyRegistration({ contactEmail: disguised, password: ATTACKER_PASSWORD }) });
    const asStudent = await m.gql(REGISTER_STUDENT, { i: studentRegistration({ email: disguised, password: ATTACKER_PASSWORD }) });

    expect(firstError(asCompany)).toEqual({ code: 'CONFLICT', reason: 'EMAIL_IN_USE', field: 'input.contactEmail' });
    expect(firstError(asStudent)).toEqual({ code: 'CONFLICT', reason: 'EMAIL_IN_USE', field: 'input.email' });
    expect(asCompany.errors![0].message).not.toMatch(/staff|student|organisation/i);
    const staff = await m.ok(SIGN_IN, { e: STAFF.email, p: STAFF.password });
    expect(staff.signIn.viewer.role).toBe('STAFF');
    const attacker = await m.gql(SIGN_IN, { e: STAFF.email, p: ATTACKER_PASSWORD });
    expect(firstError(attacker)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('refuses an organisation on a student’s address, and a student on an organisation’s', async () => {
    const studentAddress = `mila-${unique()}@student.nl`;
    const contactAddress = `hr-${unique()}@werf.nl`;
    await m.ok(REGISTER_STUDENT, { i: studentRegistration({ email: studentAddress }) });
    await m.ok(REGISTER_COMPANY, { i: newCompanyRegistration({ contactEmail: contactAddress }) });

    expect(firstError(await m.gql(REGISTER_COMPANY, { i: newCompanyRegistration({ contactEmail: studentAddress.toUpperCase() }) }))).toMatchObject({ reason: 'EMAIL_IN_USE' });
    expect(firstError(await m.gql(REGISTER_STUDENT, { i: studentRegistration({ email: ` ${contactAddress}` }) }))).toMatchObject({ reason: 'EMAIL_IN_USE' });
  });

  it.each([
    ['a common password', 'password12'],
    ['digits in a row', '1234567890'],
    ['the e-mail address itself', 'EMAIL'],
    ['the part before the @', 'EMAIL-LOCAL-2026'],
  ])('refuses %s at input.password with PASSWORD_TOO_WEAK and says what to fix', async (_, pick) => {
    const email = `sterk-${unique()}@student.nl`;
    const password = pick.replace('EMAIL-LOCAL', email.split('@')[0]).replace('EMAIL', email);
    const result = await m.gql(REGISTER_STUDENT, { i: studentRegistration({ email, password }) });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK', field: 'input.password' });
    expect(result.errors![0].message).toMatch(/input\.password: .*(guess|e-mail address)/);
  });

  it('refuses an erased student’s token at once in the students service, and soon after in every other', async () => {
    const { student, applicationId } = await worldWithApplication(m);

    await m.ok('mutation($id: ID!) { eraseStudent(id: $id) { studentId } }', { id: student.id }, student.token);

    const students = await m.gql('query($id: ID!) { student(id: $id) { id } }', { id: student.id }, student.token);
    expect(firstError(students)?.code).toBe('UNAUTHENTICATED');
    await eventually(async () => {
      const placements = await m.gql('query($id: ID!) { application(id: $id) { id } }', { id: applicationId }, student.token);
      return firstError(placements)?.code === 'UNAUTHENTICATED';
    }, 'placements to refuse the erased student’s token');
  });

  it('answers sign-in as fast for an address without an account as for a wrong password', async () => {
    const student = await registerStudent(m);
    const nobody = `nobody-${unique()}@student.nl`;
    const timed = async (email: string, attempt: number) => {
      const started = performance.now();
      await m.gql(SIGN_IN, { e: email, p: `wrong-${attempt}` });
      return performance.now() - started;
    };
    // Interleaved, so that whatever else the machine is doing slows both kinds alike; four of each
    // stays under the per-account backoff (CB_LIMIT_SIGNIN_FREE_FAILURES, 5).
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await timed(student.email, i));
      unknown.push(await timed(nobody, i));
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const ratio = median(unknown) / median(known);
    console.log(`sign-in: median ${median(known).toFixed(0)} ms with an account, ${median(unknown).toFixed(0)} ms without (ratio ${ratio.toFixed(2)})`);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('claiming the addresses of accounts made before the claims existed', () => {
  it('reports, at start, accounts that share an address across services, and merges nothing', async () => {
    const m = await startTestMarketplace();
    const shared = `gedeeld-${unique()}@voorbeeld.nl`;
    const company = await m.ok(REGISTER_COMPANY, { i: newCompanyRegistration({ contactEmail: shared }) });
    const warnings: string[] = [];
    const spy = jest.spyOn(logger, 'warn').mockImplementation(((message: string) => void warnings.push(String(message))) as never);
    let studentId = '';
    try {
      await m.restart(async () => {
        // As before the claims: the student is made with claims of its own, so nothing stops it.
        const students = new SqliteStore(join(m.dataDir, 'students.sqlite'));
        const scratch = new SqliteStore(':memory:');
        try {
          const locked = { hash: async () => '!locked', matches: async () => false };
          studentId = (await new StudentUseCases(students, new EmailClaims(scratch, 'old'), locked).register(studentRegistration({ email: shared }))).id;
        } finally {
          await Promise.all([students.close(), scratch.close()]);
        }
      });
    } finally {
      spy.mockRestore();
    }
    try {
      const conflicts = warnings.filter((w) => w.includes('e-mail conflict'));
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toContain(company.registerCompany.id);
      expect(conflicts[0]).toContain(studentId);
      expect(conflicts[0]).not.toContain(shared);
      const staff = await m.signIn(STAFF.email, STAFF.password);
      const both = await m.ok(
        'query($c: ID!, $s: ID!) { company(id: $c) { id } student(id: $s) { id } }',
        { c: company.registerCompany.id, s: studentId },
        staff,
      );
      expect(both).toEqual({ company: { id: company.registerCompany.id }, student: { id: studentId } });
    } finally {
      await m.stop();
    }
  });
});
