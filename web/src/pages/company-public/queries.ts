import { graphql } from '../../api/__generated__';

export const COMPANY = graphql(`
  query CompanyPage($id: ID!) {
    company(id: $id) {
      ...CompanyAbout
      status
      municipality { name inRegion }
      assignments {
        ...AssignmentCard
        status
      }
    }
  }
`);
