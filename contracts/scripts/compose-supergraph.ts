/**
 * Composes the supergraph from the checked-in subgraph schemas with @apollo/composition (the rover
 * CLI downloads binaries at run time and cannot work here). `--check` fails when the checked-in
 * supergraph.graphql is out of date, so CI catches a schema change that was not composed.
 */
import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync } from 'node:fs';
import { SUBGRAPHS, SUPERGRAPH_FILE, subgraphTypeDefs } from '../src/schema';

const result = composeServices(
  SUBGRAPHS.map((name) => ({ name, url: `http://${name}.internal/graphql`, typeDefs: subgraphTypeDefs(name) })),
);
if (result.errors) {
  console.error('Composition failed:');
  for (const e of result.errors) console.error(` - ${e.message}`);
  process.exit(1);
}
const sdl = `${result.supergraphSdl.trim()}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(SUPERGRAPH_FILE, 'utf8');
  if (current !== sdl) {
    console.error('contracts/schema/supergraph.graphql is out of date: run `npm run compose` and commit it.');
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  writeFileSync(SUPERGRAPH_FILE, sdl);
  console.log(`wrote ${SUPERGRAPH_FILE}`);
}
for (const hint of result.hints ?? []) if (process.env.VERBOSE) console.log(`hint: ${hint.message}`);
