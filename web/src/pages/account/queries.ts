import { gql } from '../../api/gql';

export const REQUEST_PASSWORD_RESET = gql`
  mutation RequestPasswordReset($email: String!, $language: Language) {
    requestPasswordReset(email: $email, language: $language)
  }
`;

export const RESET_PASSWORD = gql`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`;

export const VERIFY_EMAIL = gql`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`;

export const RESEND_VERIFICATION = gql`
  mutation ResendVerification($language: Language) {
    resendVerification(language: $language)
  }
`;

export const CHANGE_PASSWORD = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
    }
  }
`;

export const CHANGE_EMAIL = gql`
  mutation ChangeEmail($newEmail: String!, $password: String!, $language: Language) {
    changeEmail(newEmail: $newEmail, password: $password, language: $language)
  }
`;
