/** A company learns that a student applied to it from application events, and may then see them. */
export interface ApplicantLink {
  id: string;
  studentId: string;
  companyId: string;
}

export const APPLICANT_LINKS = { name: 'applicant_links', indexes: [{ fields: ['studentId'] }] };
export const applicantLinkId = (studentId: string, companyId: string) => `${studentId}:${companyId}`;
