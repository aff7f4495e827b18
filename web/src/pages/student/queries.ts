import { graphql } from '../../api/__generated__';

/** Student home ("Voor jou"): recommendations with their reasons, and offers waiting for an answer. */
export const STUDENT_HOME = graphql(`
  query StudentHome($studentId: ID!, $language: Language) {
    student(id: $studentId) {
      id
      name
      skills { skill { id } }
      applications { id status allowedMoves }
    }
    recommendAssignments(studentId: $studentId, limit: 6, language: $language) {
      ...Fit
      assignment { ...AssignmentCard }
    }
  }
`);

/** Profile and skills passport: what the student fills in (the my-data download holds it too). */
export const PROFILE_FIELDS = graphql(`
  fragment StudentProfileFields on Student {
    id
    name
    email
    institution { id }
    programme { id }
    level
    studyYear
    skills { skill { id } level }
    preferences {
      sectors
      types
      municipalities { id }
      availableFrom
      availableUntil
      hoursPerWeek
    }
    discoverable
    preferredLanguage
  }
`);

export const PROFILE = graphql(`
  query StudentProfile($studentId: ID!) {
    municipalities { id name inRegion }
    student(id: $studentId) { ...StudentProfileFields }
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateStudentProfile($id: ID!, $input: StudentProfileInput!) {
    updateStudentProfile(id: $id, input: $input) { id name discoverable }
  }
`);

/** My applications, each with its timeline and placement. */
export const MY_APPLICATIONS = graphql(`
  query MyApplications($studentId: ID!) {
    student(id: $studentId) {
      id
      applications {
        ...ApplicationProgress
        assignment {
          id
          title
          periodStart
          periodEnd
          company { id name }
          municipality { name }
        }
      }
    }
  }
`);

export const ACCEPT_OFFER = graphql(`mutation AcceptOffer($applicationId: ID!) { acceptOffer(applicationId: $applicationId) { id status } }`);

export const MOVE_OWN_APPLICATION = graphql(`
  mutation MoveOwnApplication($id: ID!, $status: ApplicationStatus!, $note: String) {
    moveApplication(id: $id, status: $status, note: $note) { id status }
  }
`);
