import { graphql } from '../../api/__generated__';

export const ASSIGNMENT = graphql(`
  query AssignmentPage($id: ID!) {
    assignment(id: $id) {
      ...AssignmentTerms
      municipality { name inRegion }
      company { ...CompanyAbout municipality { name } }
      placesLeft
      filled
      publishedAt
      openForApplications
      canApply { allowed reason }
    }
  }
`);

/** What the signed-in student brings to this assignment: their passport and earlier applications. */
export const STUDENT_FIT = graphql(`
  query AssignmentStudentFit($id: ID!, $studentId: ID!, $language: Language) {
    student(id: $studentId) {
      id
      level
      skills { skill { id } level }
      applications { id status assignment { id } }
    }
    assignment(id: $id) {
      id
      matchFor(studentId: $studentId, language: $language) { ...Fit }
    }
  }
`);

export const APPLY = graphql(`
  mutation Apply($assignmentId: ID!, $motivation: String!) {
    apply(assignmentId: $assignmentId, motivation: $motivation) { id status }
  }
`);
