import { buildSubgraphSchema } from '@apollo/subgraph';
import { subgraphTypeDefs } from '@cb/contracts';
import type { SearchIndex, SearchQuery } from '@cb/kit';
import { graphql, type GraphQLResolveInfo } from 'graphql';
import { SearchAssignments, type SearchWants } from '../../src/app/search-assignments';
import type { AssignmentSearchDoc } from '../../src/domain/assignment-doc';
import { searchWantsOf } from '../../src/graphql/selection';

/** The search subgraph's own schema; the resolver only records what the selection asks for. */
async function wantsOf(query: string, variables?: Record<string, unknown>): Promise<SearchWants> {
  let wants: SearchWants | undefined;
  const schema = buildSubgraphSchema([
    {
      typeDefs: subgraphTypeDefs('search'),
      resolvers: {
        Query: {
          searchAssignments: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
            wants = searchWantsOf(info);
            return { hits: [], total: 0, page: 1, pageSize: 20, facets: { sector: [], type: [], level: [], municipality: [], workMode: [] } };
          },
        },
      },
    },
  ]);
  const result = await graphql({ schema, source: query, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return wants!;
}

describe('what a search query reads decides what the index computes', () => {
  it('asks for nothing extra when only the hits are read', async () => {
    expect(await wantsOf('{ searchAssignments(query: "zorg") { hits { assignment { id } score } } }')).toEqual({ total: false, facets: [], highlights: false });
  });

  it('asks for the total, the highlights and exactly the facets selected', async () => {
    const wants = await wantsOf(`{ searchAssignments(query: "zorg") {
      total hits { highlights { field snippet } } facets { type { value count } sector { value } } } }`);
    expect(wants).toEqual({ total: true, facets: ['sector', 'type'], highlights: true });
  });

  it('reads through fragments, inline fragments and aliases', async () => {
    const wants = await wantsOf(`
      query { searchAssignments { ...Page n: total } }
      fragment Page on AssignmentSearchResult { hits { ... on AssignmentHit { marks: highlights { snippet } } } counts: facets { ...Facets } }
      fragment Facets on SearchFacets { where: municipality { value } workMode { value } }`);
    expect(wants).toEqual({ total: true, facets: ['municipality', 'workMode'], highlights: true });
  });

  it('leaves out what @skip or @include leaves out', async () => {
    const query = `query ($more: Boolean!) { searchAssignments { total @include(if: $more) hits { highlights @skip(if: $more) { snippet } } facets { level @include(if: $more) { value } } } }`;
    expect(await wantsOf(query, { more: false })).toEqual({ total: false, facets: [], highlights: true });
    expect(await wantsOf(query, { more: true })).toEqual({ total: true, facets: ['level'], highlights: false });
  });
});

describe('SearchAssignments asks the index only for what is wanted', () => {
  // A recording fake of the port: this unit test checks the one mapping from wants to the index query.
  function recordingIndex() {
    const queries: Array<SearchQuery<AssignmentSearchDoc>> = [];
    const index = {
      search: async (q: SearchQuery<AssignmentSearchDoc>) => {
        queries.push(q);
        return { hits: [], total: 0, facets: Object.fromEntries((q.facets ?? []).map((f) => [f, { X: 1 }])) };
      },
    } as unknown as SearchIndex<AssignmentSearchDoc>;
    return { index, queries };
  }

  it('passes the facets by their index fields, highlights and total only when wanted', async () => {
    const { index, queries } = recordingIndex();
    const page = await new SearchAssignments(index).run({ query: 'zorg' }, { total: false, facets: ['level', 'workMode'], highlights: false });
    expect(queries[0].facets).toEqual(['levels', 'workMode']);
    expect(queries[0].highlight).toBeUndefined();
    expect(queries[0].total).toBe(false);
    // Facets not asked for come back empty; the asked ones carry the index's counts.
    expect(page.facets).toEqual({ sector: [], type: [], level: [{ value: 'X', count: 1 }], municipality: [], workMode: [{ value: 'X', count: 1 }] });
  });

  it('asks for everything when the caller does not say', async () => {
    const { index, queries } = recordingIndex();
    await new SearchAssignments(index).run({ query: 'zorg' });
    expect(queries[0].facets).toEqual(['sector', 'type', 'levels', 'municipality', 'workMode']);
    expect(queries[0].highlight?.fields).toEqual(['title', 'description', 'companyName']);
    expect(queries[0].total).toBe(true);
  });
});
