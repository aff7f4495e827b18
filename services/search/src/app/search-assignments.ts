import { amsterdamDate } from '@cb/contracts';
import { parseInput, type FilterCondition, type SearchIndex, type SearchQuery } from '@cb/kit';
import { dayNumber, type AssignmentSearchDoc } from '../domain/assignment-doc';
import { snippetHtml } from '../domain/highlight';
import { searchAssignmentsInput, type SearchAssignmentsInput } from '../domain/queries';
import { searchableQuery } from '@cb/contracts';

export interface FacetCount {
  value: string;
  count: number;
}

export type HighlightField = 'TITLE' | 'DESCRIPTION' | 'COMPANY';

export interface AssignmentSearchPage {
  hits: Array<{ assignmentId: string; score: number; highlights: Array<{ field: HighlightField; snippet: string }> }>;
  total: number;
  page: number;
  pageSize: number;
  facets: { sector: FacetCount[]; type: FacetCount[]; level: FacetCount[]; municipality: FacetCount[]; workMode: FacetCount[] };
}

/** The facets of a result page, by their API names. */
export const FACET_NAMES = ['sector', 'type', 'level', 'municipality', 'workMode'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/** The index field each facet counts. */
const FACET_FIELDS: Record<FacetName, keyof AssignmentSearchDoc> = {
  sector: 'sector',
  type: 'type',
  level: 'levels',
  municipality: 'municipality',
  workMode: 'workMode',
};

/**
 * What the caller will read of a page, so the index does no work for the rest: counting facets
 * and marking snippets cost more than finding the hits. The resolver reads it from the query's
 * selection (graphql/selection.ts); left out, everything is computed.
 */
export interface SearchWants {
  total: boolean;
  facets: readonly FacetName[];
  highlights: boolean;
}
export const EVERYTHING: SearchWants = { total: true, facets: FACET_NAMES, highlights: true };

/** The index fields a snippet is shown of, in the order a result shows them. */
const HIGHLIGHTED: ReadonlyArray<[HighlightField, 'title' | 'description' | 'companyName']> = [
  ['TITLE', 'title'],
  ['DESCRIPTION', 'description'],
  ['COMPANY', 'companyName'],
];
/** About two lines of a result page. */
const SNIPPET_WORDS = 24;

/**
 * Anyone may search the published assignments of approved organisations; no token needed. By
 * default only the open ones (the open rule of contracts: a place left, applications not closed
 * today in Amsterdam); `filter.includeClosed` shows the rest too. Closed and draft assignments are
 * not in the index at all.
 */
export class SearchAssignments {
  constructor(
    private readonly index: SearchIndex<AssignmentSearchDoc>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(rawArgs: unknown, wants: SearchWants = EVERYTHING): Promise<AssignmentSearchPage> {
    const { query, filter, sort, page, pageSize } = parseInput(searchAssignmentsInput, rawArgs, 'searchAssignments');
    const result = await this.index.search({
      text: query === undefined ? undefined : searchableQuery(query),
      filters: filtersOf(filter, amsterdamDate(this.clock())),
      facets: wants.facets.map((name) => FACET_FIELDS[name]),
      sort: sortOf(sort, query !== undefined),
      highlight: wants.highlights ? { fields: HIGHLIGHTED.map(([, field]) => field), cropWords: SNIPPET_WORDS } : undefined,
      total: wants.total,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      hits: result.hits.map((h) => ({
        assignmentId: h.id,
        score: h.score,
        highlights: HIGHLIGHTED.flatMap(([name, field]) => {
          const segments = h.highlights?.[field];
          return segments ? [{ field: name, snippet: snippetHtml(segments) }] : [];
        }),
      })),
      total: result.total,
      page,
      pageSize,
      // A facet nobody asked for is not counted; its list stays empty.
      facets: Object.fromEntries(FACET_NAMES.map((name) => [name, facetCounts(result.facets[FACET_FIELDS[name]])])) as AssignmentSearchPage['facets'],
    };
  }
}

type Filter = NonNullable<SearchAssignmentsInput['filter']>;

function filtersOf(filter: SearchAssignmentsInput['filter'], today: string): Partial<Record<keyof AssignmentSearchDoc, FilterCondition>> {
  const f: Partial<Filter> = filter ?? {};
  // Decided at query time from the stored last day, so the index never goes stale at midnight. The
  // open rule's status part holds already: only published assignments are indexed.
  const openOnly = f.includeClosed !== true;
  return {
    sector: f.sectors ?? [],
    type: f.types ?? [],
    levels: f.levels ?? [],
    municipality: f.municipalityIds ?? [],
    workMode: f.workModes ?? [],
    // hasPlacesLeft: false asks for the full ones by name, so it is kept even without includeClosed.
    hasPlacesLeft: f.hasPlacesLeft != null ? [f.hasPlacesLeft] : openOnly ? [true] : [],
    lastApplyDay: { gte: openOnly ? dayNumber(today) : undefined },
    hoursPerWeek: { gte: f.minHours ?? undefined, lte: f.maxHours ?? undefined },
    // The period overlaps from–until when it starts by `until` and ends from `from` on.
    periodStartDay: { lte: f.until ? dayNumber(f.until) : undefined },
    periodEndDay: { gte: f.from ? dayNumber(f.from) : undefined },
  };
}

function sortOf(sort: SearchAssignmentsInput['sort'], hasText: boolean): SearchQuery<AssignmentSearchDoc>['sort'] {
  switch (sort) {
    case 'NEWEST':
      return { field: 'publishedAt', direction: 'desc' };
    case 'START_DATE':
      return { field: 'periodStartDay', direction: 'asc' };
    case 'RELEVANCE':
      // Without words to rank by, the newest postings come first.
      return hasText ? undefined : { field: 'publishedAt', direction: 'desc' };
  }
}

/** Most hits first, then alphabetically, so the list does not jump around between equal counts. */
function facetCounts(counts: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
