/**
 * Validates every GraphQL document the web app sends (the exports of each page's queries.ts)
 * against the API schema of the checked-in supergraph, so a renamed or removed field fails
 * `npm run typecheck` instead of a page in someone's browser.
 */
import { parse, validate } from 'graphql';
import { apiSchema, webDocuments } from './documents';

function main() {
  const schema = apiSchema();
  const documents = webDocuments();
  const problems: string[] = [];
  for (const { where, text } of documents) {
    try {
      for (const error of validate(schema, parse(text))) problems.push(`${where}: ${error.message}`);
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
    }
  }
  if (problems.length) {
    console.error(`The web app's GraphQL does not match contracts/schema/supergraph.graphql:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`web: ${documents.length} GraphQL documents match the supergraph`);
}

main();
