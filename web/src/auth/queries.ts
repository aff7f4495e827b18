import { graphql } from '../api/__generated__';

export const ME = graphql(`
  query Me {
    me {
      accountId
      role
      emailVerified
      student { id name }
      company { id name status }
    }
  }
`);

export const SIGN_IN = graphql(`mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`);
