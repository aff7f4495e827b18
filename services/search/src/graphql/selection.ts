import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { FACET_NAMES, type FacetName, type SearchWants } from '../app/search-assignments';

/** The fields selected of one object type under a node (aliases, fragments and @skip/@include resolved). */
const fieldsOf = (tree: ResolveTree | undefined, typeName: string): ResolveTree[] => Object.values(tree?.fieldsByTypeName[typeName] ?? {});

/**
 * What a searchAssignments query reads of its result (the library resolves fragments, aliases
 * and @skip/@include), so the index counts only the facets shown and marks snippets only when
 * they are read. A query the library cannot read gets everything: never too little.
 */
export function searchWantsOf(info: GraphQLResolveInfo): SearchWants {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return { total: true, facets: FACET_NAMES, highlights: true };
  const result = fieldsOf(tree, 'AssignmentSearchResult');
  const facets = new Set<FacetName>();
  for (const f of result.filter((f) => f.name === 'facets')) {
    for (const facet of fieldsOf(f, 'SearchFacets')) if ((FACET_NAMES as readonly string[]).includes(facet.name)) facets.add(facet.name as FacetName);
  }
  return {
    total: result.some((f) => f.name === 'total'),
    // In the API's order, so equal selections make equal plans.
    facets: FACET_NAMES.filter((name) => facets.has(name)),
    highlights: result.filter((f) => f.name === 'hits').some((hits) => fieldsOf(hits, 'AssignmentHit').some((f) => f.name === 'highlights')),
  };
}
