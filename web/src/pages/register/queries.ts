import { gql } from '../../api/gql';

export const INSTITUTIONS = gql`
  query Institutions($language: Language) {
    institutions {
      id
      name
      city
      programmes { id name(language: $language) levels sector }
    }
  }
`;

export const REGISTER_STUDENT = gql`
  mutation RegisterStudent($input: RegisterStudentInput!, $language: Language) {
    registerStudent(input: $input, language: $language) { id }
  }
`;

export const MUNICIPALITIES = gql`
  query Municipalities {
    municipalities { id name inRegion }
  }
`;

export const REGISTER_COMPANY = gql`
  mutation RegisterCompany($input: RegisterCompanyInput!, $language: Language) {
    registerCompany(input: $input, language: $language) { id status }
  }
`;
