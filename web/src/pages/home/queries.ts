import { gql } from '../../api/gql';

export const HOME = gql`
  query Home {
    searchAssignments(pageSize: 3) {
      total
      hits {
        assignment { id title type sector company { name } municipality { name } }
      }
    }
  }
`;
