import { graphql } from '../../api/__generated__';

export const COMPANY = graphql(`
  query CompanyPage($id: ID!) {
    company(id: $id) {
      id
      name
      sector
      status
      website
      description
      impactLabel
      mboAkkoord
      municipality { name inRegion }
      assignments {
        ...AssignmentCard
        status
      }
    }
  }
`);
