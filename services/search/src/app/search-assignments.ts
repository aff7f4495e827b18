import { parseInput, type SearchIndex } from '@cb/kit';
import type { AssignmentSearchDoc } from '../domain/assignment-doc';
import { searchAssignmentsInput } from '../domain/queries';

export interface FacetCount {
  value: string;
  count: number;
}

export interface AssignmentSearchPage {
  hits: Array<{ assignmentId: string; score: number }>;
  total: number;
  page: number;
  pageSize: number;
  facets: { sector: FacetCount[]; type: FacetCount[]; level: FacetCount[]; municipality: FacetCount[] };
}

/** Anyone may search the published assignments of approved organisations; no token needed. */
export class SearchAssignments {
  constructor(private readonly index: SearchIndex<AssignmentSearchDoc>) {}

  async run(rawArgs: unknown): Promise<AssignmentSearchPage> {
    const { query, filter, page, pageSize } = parseInput(searchAssignmentsInput, rawArgs, 'searchAssignments');
    const result = await this.index.search({
      text: query,
      filters: {
        sector: filter?.sectors ?? [],
        type: filter?.types ?? [],
        levels: filter?.levels ?? [],
        municipality: filter?.municipalityIds ?? [],
      },
      facets: ['sector', 'type', 'levels', 'municipality'],
      // Without words to rank by, the newest postings come first.
      sort: query ? undefined : { field: 'publishedAt', direction: 'desc' },
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      hits: result.hits.map((h) => ({ assignmentId: h.id, score: h.score })),
      total: result.total,
      page,
      pageSize,
      facets: {
        sector: facetCounts(result.facets.sector),
        type: facetCounts(result.facets.type),
        level: facetCounts(result.facets.levels),
        municipality: facetCounts(result.facets.municipality),
      },
    };
  }
}

/** Most hits first, then alphabetically, so the list does not jump around between equal counts. */
function facetCounts(counts: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
