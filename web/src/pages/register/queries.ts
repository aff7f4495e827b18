import { graphql } from '../../api/__generated__';

export const INSTITUTIONS = graphql(`
  query Institutions($language: Language) {
    institutions {
      id
      name
      city
      programmes { id name(language: $language) levels sector }
    }
  }
`);

export const REGISTER_STUDENT = graphql(`
  mutation RegisterStudent($input: RegisterStudentInput!, $language: Language) {
    registerStudent(input: $input, language: $language) { id }
  }
`);

export const MUNICIPALITIES = graphql(`query Municipalities { municipalities { id name inRegion } }`);

export const REGISTER_COMPANY = graphql(`
  mutation RegisterCompany($input: RegisterCompanyInput!, $language: Language) {
    registerCompany(input: $input, language: $language) { id status }
  }
`);
