import { graphql } from '../../api/__generated__';

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!, $language: Language) {
    requestPasswordReset(email: $email, language: $language)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export const VERIFY_EMAIL = graphql(`mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }`);

export const RESEND_VERIFICATION = graphql(`mutation ResendVerification($language: Language) { resendVerification(language: $language) }`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token }
  }
`);

export const CHANGE_EMAIL = graphql(`
  mutation ChangeEmail($newEmail: String!, $password: String!, $language: Language) {
    changeEmail(newEmail: $newEmail, password: $password, language: $language)
  }
`);

/**
 * Everything the marketplace holds about the signed-in student, composed from the public queries
 * of each service (no service reads another's store): profile and skills (students), applications
 * with their history and placements (placements), the inbox, mail choices and saved searches
 * (notifications).
 */
export const MY_DATA = graphql(`
  query MyData($id: ID!) {
    student(id: $id) {
      ...StudentProfileFields
      registeredAt
      # The names beside the profile's ids: the download is read without the app's vocabularies.
      institution { name }
      programme { name }
      skills { skill { name } }
      preferences { municipalities { name } }
      applications(pageSize: 100) {
        id
        status
        motivation
        submittedAt
        updatedAt
        offerAnswerBy
        assignment { id title }
        history { ...StatusChangeFields }
      }
      placements(pageSize: 100) { id status confirmedAt startDate endDate cancelledAt cancelReason cancelledAfterStart assignment { id title } }
    }
    notifications(pageSize: 100) {
      total
      items { ...InboxItem }
    }
    notificationPreferences { ...MailPreference }
    savedSearches {
      id
      name
      query
      createdAt
      filter { sectors types levels municipalityIds workModes minHours maxHours }
    }
  }
`);

export const ERASE_ME = graphql(`mutation EraseMe($id: ID!) { eraseStudent(id: $id) { studentId erasedAt } }`);
