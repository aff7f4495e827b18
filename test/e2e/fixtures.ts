import { kvk, unique, type MarketplaceApi } from './harness';

/** The business steps the tests repeat, written once, through the public API only. */
export async function registerApprovedCompany(m: MarketplaceApi, staffToken: string, overrides: Record<string, unknown> = {}) {
  const email = `hr-${unique()}@bedrijf.nl`;
  const password = 'company-password-1';
  const { registerCompany } = await m.ok(
    `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id status } }`,
    {
      input: {
        name: `Dordtse Techniek ${unique()}`,
        kvkNumber: kvk(),
        municipalityId: 'dordrecht',
        sector: 'ICT',
        contactName: 'Eva de Vries',
        contactEmail: email,
        password,
        ...overrides,
      },
    },
  );
  await m.ok('mutation($id: ID!) { approveCompany(id: $id) { id status } }', { id: registerCompany.id }, staffToken);
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

export async function publishAssignment(m: MarketplaceApi, companyToken: string, overrides: Record<string, unknown> = {}) {
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
  await m.ok('mutation($id: ID!) { publishAssignment(id: $id) { id status } }', { id: createAssignment.id }, companyToken);
  return createAssignment.id as string;
}

export async function registerStudent(m: MarketplaceApi, overrides: Record<string, unknown> = {}) {
  const email = `student-${unique()}@student.hr.nl`;
  const password = 'student-password-1';
  const { registerStudent } = await m.ok(
    `mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { id } }`,
    {
      input: {
        name: 'Sam Jansen',
        email,
        password,
        institutionId: 'hogeschool-rotterdam',
        programmeId: 'hr-hbo-ict',
        level: 'BACHELOR',
        studyYear: 3,
        skills: [{ skillId: 'typescript', level: 3 }],
        discoverable: true,
        ...overrides,
      },
    },
  );
  const token = await m.signIn(email, password);
  return { id: registerStudent.id as string, token, email };
}

/** Applies as soon as the placements service has learned of the assignment and the student. */
export async function applyWhenReady(m: MarketplaceApi, studentToken: string, assignmentId: string) {
  const until = Date.now() + 15000;
  for (;;) {
    const result = await m.gql(
      'mutation($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id status } }',
      { a: assignmentId, m: 'Ik wil graag bijdragen aan deze opdracht en leren in de regio.' },
      studentToken,
    );
    if (!result.errors) return result.data!.apply.id as string;
    const stillPropagating = result.errors.some((e) => e.extensions?.code === 'CONFLICT' && /being processed|not known yet/i.test(e.message))
      || result.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
    if (!stillPropagating || Date.now() > until) throw new Error(`apply failed: ${JSON.stringify(result.errors)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
