import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { subgraphTypeDefs, type SubgraphName } from '@cb/contracts';
import { checkOperation, checkSource, limitsFromEnv, operationCost, readEnv } from '@cb/kit';
import {
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webDocuments } from '../../web/scripts/documents';

/**
 * Every operation the web app sends and every example in the README stays under the default
 * operation limits (README "Limits"), with room to spare, so a limit never breaks our own client.
 */
const ROOT = join(__dirname, '..', '..');
const supergraph = Supergraph.build(readFileSync(join(ROOT, 'contracts', 'schema', 'supergraph.graphql'), 'utf8'));
const schema = supergraph.apiSchema().toGraphQLJSSchema();
const limits = limitsFromEnv(readEnv({})).standard;

/**
 * The web app's operations (web/scripts/documents.ts: each typed document with the fragments it
 * spreads; a fragment alone is never sent), and the generated one at its largest.
 */
function webOperations(): Array<[string, string]> {
  const documents = webDocuments().map(({ where, text }): [string, string] => [`web/${where}`, text]);
  // One matchFor alias per applicant on the page: the applicants page holds at most 50 (the default).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the web app's query module, loaded by path like the others
  const { applicantMatches } = require(join(ROOT, 'web', 'src', 'pages', 'company', 'queries.ts')) as { applicantMatches(n: number): { toString(): string } };
  documents.push(['web/src/pages/company/queries.ts applicantMatches(50)', applicantMatches(50).toString()]);
  return documents;
}

/** The operations in the README's curl examples (`curl … -d '{"query":"…"}'`), and whether they are sent as a trusted client. */
function readmeExamples(): Array<{ where: string; text: string; trusted: boolean }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/curl ((?:(?!curl )[\s\S])*?)-d '(\{"query".*?\})'/g)].map((m, i) => ({
    where: `README example ${i + 1}`,
    text: JSON.parse(m[2]).query as string,
    trusted: m[1].includes('x-cb-trusted-client'),
  }));
}
const readmeDocuments = (): Array<[string, string]> => readmeExamples().filter((e) => !e.trusted).map((e) => [e.where, e.text]);

/** What the web app sends in variables that size a list (search pages of 10). */
const LARGEST_VARIABLES = { pageSize: 10, page: 1 };

/** A value of the type, just enough to be valid: the cost estimate needs every required variable. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type)]));
  }
  return ({ Int: 1, Float: 1, Boolean: true, LocalDate: '2027-01-01', DateTime: '2027-01-01T00:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
}

/** Every required variable with a sample value, and the list sizes the web app sends at most. */
function variablesFor(document: DocumentNode): Record<string, unknown> {
  const operation = getOperationAST(document)!;
  const required = (operation.variableDefinitions ?? []).filter((d) => d.type.kind === 'NonNullType');
  return {
    ...Object.fromEntries(required.map((d) => [d.variable.name.value, sample(typeFromAST(schema, d.type as never) as GraphQLInputType)])),
    ...LARGEST_VARIABLES,
  };
}

const documents = [...webOperations(), ...readmeDocuments()];

describe('our own operations and the documented examples', () => {
  it('finds the web app’s documents and the README examples', () => {
    expect(documents.length).toBeGreaterThan(30);
    expect(documents.filter(([where]) => where.startsWith('README')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(documents)('%s stays under every limit', (_where, text) => {
    expect(() => checkSource(text, limits)).not.toThrow();
    const document = parse(text);
    const operation = getOperationAST(document)!;
    expect(operationCost(schema, document, variablesFor(document))).toBeGreaterThan(0);
    expect(checkOperation(schema, document, operation, variablesFor(document), limits)).toBeUndefined();
  });

  // The subgraphs check the same limits on what the gateway asks them (defence in depth): every
  // fetch of every query plan must pass there too.
  const planner = new QueryPlanner(supergraph);
  const subgraphSchemas = new Map<string, ReturnType<typeof buildSubgraphSchema>>();
  const subgraphSchema = (name: string) => {
    if (!subgraphSchemas.has(name)) subgraphSchemas.set(name, buildSubgraphSchema([{ typeDefs: subgraphTypeDefs(name as SubgraphName) }]));
    return subgraphSchemas.get(name)!;
  };
  /**
   * The plan's fetches, each with how many representations an entity fetch carries: one per
   * object at its path, a list (`@`) counted at the default page of 50.
   */
  function fetches(node: PlanNode | SubscriptionNode | undefined, representations = 1): Array<{ serviceName: string; operation: string; representations: number }> {
    if (!node) return [];
    switch (node.kind) {
      case 'Fetch':
        return [{ ...node, representations }];
      case 'Sequence':
      case 'Parallel':
        return node.nodes.flatMap((n) => fetches(n, representations));
      case 'Flatten':
        return fetches(node.node, representations * 50 ** node.path.filter((p) => p === '@').length);
      case 'Condition':
        return [...fetches(node.ifClause, representations), ...fetches(node.elseClause, representations)];
      default:
        throw new Error(`a plan node this test does not know: ${node.kind}`);
    }
  }

  it.each(documents)('%s stays under every limit in every subgraph it reaches', (_where, text) => {
    const document = parse(text);
    const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, document));
    for (const fetch of fetches(plan.node)) {
      const subDocument = parse(fetch.operation);
      const representations = Array.from({ length: fetch.representations }, () => ({ __typename: 'X', id: 'x' }));
      const subVariables = { ...variablesFor(document), representations };
      expect([fetch.serviceName, checkOperation(subgraphSchema(fetch.serviceName), subDocument, getOperationAST(subDocument)!, subVariables, limits)]).toEqual([fetch.serviceName, undefined]);
    }
  });

  it('shows a trusted-client example in the README that needs the raised limits, and fits them', () => {
    const trusted = readmeExamples().filter((e) => e.trusted);
    const raised = limitsFromEnv(readEnv({ CB_TRUSTED_CLIENT_KEY: 'k'.repeat(32) })).trusted!.limits;
    expect(trusted).toHaveLength(1);
    for (const { text } of trusted) {
      const document = parse(text);
      expect(checkOperation(schema, document, getOperationAST(document)!, {}, limits)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(checkOperation(schema, document, getOperationAST(document)!, {}, raised)).toBeUndefined();
    }
  });

  it('prints the largest cost, so the headroom under the limit is visible', () => {
    const costs = documents.map(([where, text]) => [where, operationCost(schema, parse(text), variablesFor(parse(text)))] as const).sort((a, b) => b[1] - a[1]);
    console.log(`operation limits: largest costs ${costs.slice(0, 3).map(([w, c]) => `${w}: ${c}`).join(', ')} (limit ${limits.cost})`);
    expect(costs[0][1]).toBeLessThan(limits.cost / 2);
  });
});
