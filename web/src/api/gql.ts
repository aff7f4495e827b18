/**
 * Marks a GraphQL document. It only returns the text, but it lets scripts/check-queries.ts find
 * every document the app sends and validate it against the composed supergraph.
 */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw({ raw: strings }, ...values);
}
