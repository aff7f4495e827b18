/**
 * What the web app's GraphQL is checked against, and every document it sends (the string exports of
 * each page's queries.ts). Read by scripts/check-queries.ts (validation) and by the root codegen.ts
 * (the generated result and variable types, web/src/api/__generated__/operations.ts).
 */
import { Supergraph } from '@apollo/federation-internals';
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

/** Each document with where it comes from (`src/pages/…/queries.ts NAME`). */
export function webDocuments(): { where: string; text: string }[] {
  return queryFiles(join(ROOT, 'src')).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain string exports, loaded by tsx
    const exports = require(file) as Record<string, unknown>;
    return Object.entries(exports).flatMap(([name, text]) => (typeof text === 'string' ? [{ where: `${relative(ROOT, file)} ${name}`, text }] : []));
  });
}
