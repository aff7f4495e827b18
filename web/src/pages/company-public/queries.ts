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
        id
        title
        type
        sector
        status
        periodStart
        periodEnd
        hoursPerWeek
        remote
        placesLeft
        company { id name }
        municipality { name }
      }
    }
  }
`);
