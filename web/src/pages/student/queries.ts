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

/** Profile and skills passport. */
export const PROFILE = graphql(`
  query StudentProfile($studentId: ID!) {
    student(id: $studentId) {
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
    municipalities { id name inRegion }
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
        id
        status
        allowedMoves
        motivation
        submittedAt
        updatedAt
        history { ...StatusChangeFields }
        offerAnswerBy
        assignment {
          id
          title
          periodStart
          periodEnd
          company { id name }
          municipality { name }
        }
        placement { id status startDate endDate confirmedAt countsTowardGoal }
      }
    }
  }
`);

export const ACCEPT_OFFER = graphql(`
  mutation AcceptOffer($applicationId: ID!) {
    acceptOffer(applicationId: $applicationId) { id status }
  }
`);

export const MOVE_OWN_APPLICATION = graphql(`
  mutation MoveOwnApplication($id: ID!, $status: ApplicationStatus!, $note: String) {
    moveApplication(id: $id, status: $status, note: $note) { id status }
  }
`);
