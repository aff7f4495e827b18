import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The subgraphs of the supergraph; `identity` is hosted by the gateway process itself. */
export const SUBGRAPHS = ['identity', 'students', 'companies', 'placements', 'search', 'notifications'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const SCHEMA_DIR = join(__dirname, '..', 'schema');

/** A subgraph's SDL with the shared scalars and enums prepended, as it is served and composed. */
export function subgraphSdl(name: SubgraphName): string {
  const shared = readFileSync(join(SCHEMA_DIR, 'shared.graphql'), 'utf8');
  const own = readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
  return `${own}\n${shared}`;
}

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(subgraphSdl(name));
}

export const SUPERGRAPH_FILE = join(SCHEMA_DIR, 'supergraph.graphql');

export function supergraphSdl(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
