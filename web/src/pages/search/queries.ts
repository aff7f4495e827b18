import { graphql } from '../../api/__generated__';

export const SEARCH = graphql(`
  query SearchAssignments($query: String, $filter: AssignmentFilter, $sort: AssignmentSort, $page: Int, $pageSize: Int, $language: Language) {
    searchAssignments(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      hits {
        score
        highlights { field snippet }
        fit(language: $language) { ...Fit }
        assignment {
          ...AssignmentCard
          levels
          openForApplications
          municipality { id }
        }
      }
      facets {
        sector { value count }
        type { value count }
        level { value count }
        municipality { value count }
        workMode { value count }
      }
    }
  }
`);
