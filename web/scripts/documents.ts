/**
 * What the web app's GraphQL is checked against, and every document it sends (the `graphql(…)`
 * exports of each page's queries.ts). Read by scripts/check-queries.ts (validation), by
 * test/e2e/operations-within-limits.test.ts and by the root codegen.ts (the schema of the typed
 * documents, web/src/api/__generated__/).
 */
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const SUPERGRAPH = join(ROOT, '..', 'contracts', 'schema', 'supergraph.graphql');

/** The public API of the checked-in supergraph: what clients see (no @inaccessible fields, no join directives). */
export function apiSchema() {
  return Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema();
}

function queryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return queryFiles(path);
    return entry.name === 'queries.ts' ? [path] : [];
  });
}

/**
 * Each operation with where it comes from (`src/pages/…/queries.ts NAME`). A fragment is not sent on
 * its own: it is checked inside every operation that spreads it (codegen appends it to their text).
 */
export function webDocuments(): { where: string; text: string }[] {
  return queryFiles(join(ROOT, 'src')).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each query file found on disk, loaded by tsx
    const exports = require(file) as Record<string, unknown>;
    return Object.entries(exports).flatMap(([name, value]) => {
      if (typeof value === 'function') return [];
      // A typed document is a String object (TypedDocumentString); its text is what the app posts.
      // graphql() answers {} for a text codegen has not seen: the generated files are stale.
      if (!(value instanceof String)) throw new Error(`${relative(ROOT, file)} ${name} is not a generated document: run \`npm run codegen\``);
      const text = value.toString();
      const isOperation = parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
      return isOperation ? [{ where: `${relative(ROOT, file)} ${name}`, text }] : [];
    });
  });
}
