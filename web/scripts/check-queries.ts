/**
 * Validates every GraphQL document the web app sends (the exports of each page's queries.ts)
 * against the API schema of the checked-in supergraph, so a renamed or removed field fails
 * `npm run typecheck` instead of a page in someone's browser.
 */
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const SUPERGRAPH = join(ROOT, '..', 'contracts', 'schema', 'supergraph.graphql');

function queryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return queryFiles(path);
    return entry.name === 'queries.ts' ? [path] : [];
  });
}

function main() {
  const schema = Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema();
  let documents = 0;
  const problems: string[] = [];
  for (const file of queryFiles(join(ROOT, 'src'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain string exports, loaded by tsx
    const exports = require(file) as Record<string, unknown>;
    for (const [name, text] of Object.entries(exports)) {
      if (typeof text !== 'string') continue;
      documents++;
      const where = `${relative(ROOT, file)} ${name}`;
      try {
        for (const error of validate(schema, parse(text))) problems.push(`${where}: ${error.message}`);
      } catch (err) {
        problems.push(`${where}: ${(err as Error).message}`);
      }
    }
  }
  if (problems.length) {
    console.error(`The web app's GraphQL does not match contracts/schema/supergraph.graphql:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`web: ${documents} GraphQL documents match the supergraph`);
}

main();
