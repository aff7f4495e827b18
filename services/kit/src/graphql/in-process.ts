import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { nameOperationSpan, recordOperation } from '../observability/requests';
import { operationVerdicts, textKeyedCache, type LimitsConfig } from './limits';
import { requestRefusal } from './request-checks';
import type { SubgraphAnswer, SubgraphContext, SubgraphRequest } from './subgraph';

/**
 * How many documents (and how much text, in characters) are kept parsed and validated: the gateway
 * sends each subgraph the same few query plans' fetches over and over. Bounded like the limits'
 * verdicts (limits.ts), so made-up documents only evict.
 */
const DOCUMENT_CACHE_ENTRIES = 2_000;
const DOCUMENT_CACHE_CHARS = 16_000_000;

export interface DirectExecutionOptions {
  /** The subgraph's name, for its metrics. */
  name: string;
  schema: GraphQLSchema;
  limits: LimitsConfig;
  introspection: boolean;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/** An operation that passed every check before execution: `run` executes it for one context. */
export interface ReadyOperation {
  run(contextValue: SubgraphContext): Promise<SubgraphAnswer>;
}

/**
 * The embedded gateway's calls to a subgraph in its own process, executed with graphql-js directly
 * instead of through a whole Apollo Server request pipeline each (one per subgraph fetch, four per
 * search: ~20% of the embedded profile's time, bench/results/gateway.md).
 *
 * What Apollo's pipeline does for such a call is kept, in the same order: the document parsed and
 * validated (cached per text, as Apollo caches it), introspection refused when it is off, the
 * operation chosen, the same checks as the plugins (requestRefusal, the operation limits), then
 * execution; errors normalised and formatted as Apollo does (a code on every error, the HTTP status
 * taken out of the extensions, `formatError` masking), and the same metrics and span names as the
 * operationMetrics plugin. `prepare` answers nothing for a request any of that refuses: such a
 * request goes through Apollo's pipeline itself, so that every refusal is exactly Apollo's answer
 * (services/kit/test/component/in-process-subgraph.test.ts compares both paths case by case).
 */
export function directExecution(options: DirectExecutionOptions) {
  const { schema } = options;
  const rules = options.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const documents = textKeyedCache<{ document?: DocumentNode }>(DOCUMENT_CACHE_ENTRIES, DOCUMENT_CACHE_CHARS);
  const verdictOf = operationVerdicts(options.limits);

  /** The document of a text that parses and validates; nothing for one Apollo would refuse. */
  const documentOf = (query: string): DocumentNode | undefined => {
    let entry = documents.get(query);
    if (!entry) {
      let document: DocumentNode | undefined;
      try {
        document = parse(query);
        if (validate(schema, document, rules).length > 0) document = undefined;
      } catch {
        document = undefined;
      }
      entry = { document };
      documents.set(query, entry);
    }
    return entry.document;
  };

  return {
    prepare(request: SubgraphRequest, trustedKey: string | undefined): ReadyOperation | undefined {
      // Apollo refuses persisted queries here (persistedQueries: false); the gateway sends none.
      if (!request.query || request.extensions?.persistedQuery) return undefined;
      const document = documentOf(request.query);
      const operation = document && getOperationAST(document, request.operationName);
      if (!document || !operation) return undefined;
      const { variables, operationName } = request;
      const refused =
        requestRefusal(schema, document, operationName, variables) ??
        verdictOf({ schema, source: request.query, document, operation, variables, trustedKey });
      if (refused) return undefined;
      return { run: (contextValue) => run(document, operation, request, contextValue) };
    },
  };

  async function run(document: DocumentNode, operation: OperationDefinitionNode, request: SubgraphRequest, contextValue: SubgraphContext): Promise<SubgraphAnswer> {
    const started = process.hrtime.bigint();
    const operationName = operation.name?.value ?? request.operationName;
    nameOperationSpan(operationName, operation.operation);
    const head: { status?: number } = {};
    let body: SubgraphAnswer['body'];
    try {
      const result = await execute({ schema, document, contextValue, variableValues: request.variables, operationName: request.operationName });
      body = result.errors ? { ...result, errors: result.errors.map((e) => formatted(asUserInputError(e), head)) } : result;
      // Apollo Server 5: variables graphql-js could not coerce (nothing was executed) are the client's mistake.
      if (result.errors?.length && result.data === undefined && !head.status) head.status = 400;
    } catch (err) {
      body = { errors: [formatted(asGraphQLError(err), head)] };
      head.status ??= 500;
    }
    recordOperation(options.name, started, operationName, Boolean(body.errors?.length));
    return { status: head.status ?? 200, body };
  }

  /** As Apollo's normalizeAndFormatErrors: a code on every error, the `http` extension taken into the head, then formatError. */
  function formatted(error: GraphQLError, head: { status?: number }): GraphQLFormattedError {
    const { http, ...rest } = error.extensions as { http?: { status?: unknown }; [key: string]: unknown };
    const extensions: Record<string, unknown> = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
    if (http !== undefined && !isStatusHead(http)) extensions.http = http;
    else if (typeof http?.status === 'number' && http.status) head.status = http.status;
    try {
      return options.formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }
}

/** As Apollo's ensureGraphQLError, for what execution threw. */
function asGraphQLError(thrown: unknown): GraphQLError {
  if (thrown instanceof GraphQLError) return thrown;
  if (thrown instanceof Error) return new GraphQLError(thrown.message, { originalError: thrown });
  return new GraphQLError(`Unexpected error value: ${String(thrown)}`);
}

/** Apollo takes an `http` extension into the response's head only when it looks like one. */
function isStatusHead(http: unknown): http is { status?: number } {
  if (!http || typeof http !== 'object') return false;
  const { status, headers } = http as { status?: unknown; headers?: unknown };
  return (status === undefined || typeof status === 'number') && (headers === undefined || headers instanceof Map);
}

/**
 * graphql-js reports a variable it could not coerce without a code; Apollo gives it BAD_USER_INPUT
 * (its UserInputError), recognising it by graphql-js's wording. So is it here.
 */
function asUserInputError(error: GraphQLError): GraphQLError {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION || error.extensions.code != null) return error;
  const prefix = `Variable "$${node.variable.name.value}" `;
  const wordings = ['has invalid value', 'got invalid value ', 'of required type ', 'of non-null type '];
  if (!wordings.some((w) => error.message.startsWith(prefix + w))) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError ?? error, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } });
}
