import { graphql } from '../../api/__generated__';
import { TypedDocumentString, type FitFragment } from '../../api/__generated__/graphql';
import { FIT } from '../../components/queries';

// ── Company home: the organisation profile and its assignments ──────────────────────────────
export const COMPANY_HOME = graphql(`
  query CompanyHome($companyId: ID!) {
    company(id: $companyId) {
      ...CompanyAbout
      kvkNumber
      status
      reviewStatus
      reviewNote
      registeredAt
      municipality { name }
      assignments {
        id
        title
        status
        type
        places
        placesLeft
        filled
        periodStart
        periodEnd
        createdAt
        applications { id status allowedMoves }
      }
    }
  }
`);

export const PUBLISH = graphql(`mutation PublishAssignment($id: ID!) { publishAssignment(id: $id) { id status } }`);

export const CLOSE = graphql(`mutation CloseAssignment($id: ID!) { closeAssignment(id: $id) { id status } }`);

// ── Assignment editor ─────────────────────────────────────────────────────────────────────────
export const EDITOR = graphql(`
  query AssignmentEditor($id: ID!, $companyId: ID!, $withAssignment: Boolean!) {
    company(id: $companyId) { id sector status municipality { id } }
    municipalities { id name inRegion }
    assignment(id: $id) @include(if: $withAssignment) { ...AssignmentTerms }
  }
`);

export const CREATE_ASSIGNMENT = graphql(`mutation CreateAssignment($input: AssignmentInput!) { createAssignment(input: $input) { id status } }`);

export const UPDATE_ASSIGNMENT = graphql(`
  mutation UpdateAssignment($id: ID!, $input: AssignmentUpdateInput!) {
    updateAssignment(id: $id, input: $input) { id status }
  }
`);

// ── Applicants of one assignment ─────────────────────────────────────────────────────────────
/** A student as an organisation sees them, applicant or candidate (the operation gives $language). */
export const STUDENT_SUMMARY = graphql(`
  fragment StudentSummary on Student {
    id
    name
    level
    studyYear
    institution { name }
    programme { name(language: $language) }
  }
`);

export const APPLICANTS = graphql(`
  query Applicants($id: ID!, $language: Language) {
    assignment(id: $id) {
      id
      title
      status
      places
      placesLeft
      filled
      periodStart
      applicationDeadline
      requiredSkills { skill { id } level }
      niceToHaveSkills { skill { id } level }
      applications {
        ...ApplicationProgress
        student { ...StudentSummary skills { skill { id } level } }
      }
    }
  }
`);

type ApplicantMatches = { assignment: ({ id: string } & { [alias: `m${number}`]: FitFragment | null }) | null };

/**
 * How well each applicant fits, from the search service: one aliased matchFor per applicant
 * (m0, m1, …), asked after the applicants are known. Built at run time, so codegen cannot type it:
 * its result is typed from the fragment it spreads.
 */
export function applicantMatches(count: number) {
  const vars = Array.from({ length: count }, (_, i) => `$s${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `m${i}: matchFor(studentId: $s${i}, language: $language) { ...Fit }`).join('\n      ');
  return new TypedDocumentString<ApplicantMatches, Record<string, string>>(`
  query ApplicantMatches($id: ID!, $language: Language${count ? ', ' : ''}${vars}) {
    assignment(id: $id) {
      id
      ${fields}
    }
  }
${FIT.toString()}`);
}
/** Checked against the supergraph by scripts/check-queries.ts, like the fixed documents. */
export const APPLICANT_MATCHES_EXAMPLE = applicantMatches(2);

/** Discoverable students who fit, for an organisation looking beyond its applicants. */
export const CANDIDATES = graphql(`
  query RecommendedCandidates($id: ID!, $language: Language) {
    recommendCandidates(assignmentId: $id, limit: 5, language: $language) {
      ...Fit
      student { ...StudentSummary }
    }
  }
`);

export const MOVE_APPLICATION = graphql(`
  mutation MoveApplication($id: ID!, $status: ApplicationStatus!, $note: String, $answerBy: LocalDate) {
    moveApplication(id: $id, status: $status, note: $note, answerBy: $answerBy) { id status offerAnswerBy }
  }
`);

export const START_PLACEMENT = graphql(`
  mutation StartPlacement($id: ID!, $startDate: LocalDate!) {
    startPlacement(id: $id, startDate: $startDate) { id status startDate countsTowardGoal }
  }
`);

export const COMPLETE_PLACEMENT = graphql(`
  mutation CompletePlacement($id: ID!, $endDate: LocalDate) {
    completePlacement(id: $id, endDate: $endDate) { id status endDate }
  }
`);

// ── Organisation profile ──────────────────────────────────────────────────────────────────────
/** What the profile form shows, read and saved alike. */
export const COMPANY_PROFILE_FIELDS = graphql(`
  fragment CompanyProfileFields on Company {
    ...CompanyAbout
    municipality { id }
    contactPerson { name email phone preferredLanguage }
  }
`);

export const COMPANY_PROFILE = graphql(`
  query CompanyProfile($companyId: ID!) {
    company(id: $companyId) { ...CompanyProfileFields }
    municipalities { id name inRegion }
  }
`);

export const UPDATE_COMPANY_PROFILE = graphql(`
  mutation UpdateCompanyProfile($id: ID!, $input: UpdateCompanyProfileInput!) {
    updateCompanyProfile(id: $id, input: $input) { ...CompanyProfileFields }
  }
`);
