import { gql } from '../api/gql';

export const ME = gql`
  query Me {
    me {
      accountId
      role
      emailVerified
      student { id name }
      company { id name status }
    }
  }
`;

export const SIGN_IN = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
    }
  }
`;
