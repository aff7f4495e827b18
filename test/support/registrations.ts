/**
 * What the tests register, written once: a registration as the students and companies services
 * take it, whether a use case is called with it or it is sent through the GraphQL API. The
 * defaults are one person and one organisation; `over` changes what a test needs changed.
 */

/** A third-year HBO-ICT student at Hogeschool Rotterdam who knows TypeScript. */
export const studentRegistration = (over: Record<string, unknown> = {}) => ({
  name: 'Noor Bakker',
  email: 'noor@student.nl',
  password: 'Zeilboot-Merwede-2026',
  institutionId: 'hogeschool-rotterdam',
  programmeId: 'hr-hbo-ict',
  level: 'BACHELOR',
  studyYear: 3,
  skills: [{ skillId: 'typescript', level: 3 }],
  ...over,
});

/** A shipyard in Dordrecht, its contact Eva de Vries. */
export const companyRegistration = (over: Record<string, unknown> = {}) => ({
  name: 'Werf de Merwede',
  kvkNumber: '24123456',
  municipalityId: 'dordrecht',
  sector: 'ENGINEERING',
  contactName: 'Eva de Vries',
  contactEmail: 'eva@werf-merwede.nl',
  password: 'Zeilboot-Merwede-2026',
  ...over,
});
