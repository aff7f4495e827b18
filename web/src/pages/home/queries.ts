import { graphql } from '../../api/__generated__';

export const HOME = graphql(`
  query Home {
    searchAssignments(pageSize: 3) {
      total
      hits {
        assignment { id title type sector company { name } municipality { name } }
      }
    }
  }
`);
