import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isListType,
  isLeafType,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { Env } from '../config';
import { MAX_PAGE_SIZE } from '../validation';

/**
 * The operation limits of the public endpoint (DESIGN.md §3, QUERY_TOO_COMPLEX). The gateway checks
 * them before any subgraph is asked; every subgraph checks them again (defence in depth), so a
 * subgraph reached around the gateway refuses the same shapes.
 */
export interface OperationLimits {
  /** Nesting of selections (fragments flattened). */
  depth: number;
  aliases: number;
  /** Fields at the top of one operation. */
  rootFields: number;
  /** Lexical tokens of the whole document, counted before it is parsed. */
  tokens: number;
  /** The estimated number of objects and fields the answer may hold (see `estimateCost`). */
  cost: number;
}

export interface LimitsConfig {
  standard: OperationLimits;
  /** For requests that carry the trusted-client key in TRUSTED_CLIENT_HEADER; none when no key is set. */
  trusted?: { key: string; limits: OperationLimits };
}

/** The header a trusted client (an export job, a partner's integration) sends its key in. */
export const TRUSTED_CLIENT_HEADER = 'x-cb-trusted-client';

/**
 * What a list without a size argument is assumed to hold in the cost estimate: such lists are
 * small by design (skills of an assignment, the history of an application, a breakdown's rows).
 */
const UNSIZED_LIST = 10;

/** Which environment variable sets each limit, so a refusal can say how to change it. */
const ENV_NAME: Record<keyof OperationLimits, string> = {
  depth: 'CB_LIMIT_DEPTH',
  aliases: 'CB_LIMIT_ALIASES',
  rootFields: 'CB_LIMIT_ROOT_FIELDS',
  tokens: 'CB_LIMIT_TOKENS',
  cost: 'CB_LIMIT_COST',
};

export function limitsFromEnv(env: Env): LimitsConfig {
  const standard: OperationLimits = {
    depth: env.CB_LIMIT_DEPTH,
    aliases: env.CB_LIMIT_ALIASES,
    rootFields: env.CB_LIMIT_ROOT_FIELDS,
    tokens: env.CB_LIMIT_TOKENS,
    cost: env.CB_LIMIT_COST,
  };
  const factor = env.CB_TRUSTED_LIMIT_FACTOR;
  const raised = Object.fromEntries(Object.entries(standard).map(([k, v]) => [k, v * factor])) as unknown as OperationLimits;
  return { standard, trusted: env.CB_TRUSTED_CLIENT_KEY ? { key: env.CB_TRUSTED_CLIENT_KEY, limits: raised } : undefined };
}

/** The limits that apply to one request: the raised ones only with the right key. */
export function limitsFor(config: LimitsConfig, trustedKey: string | undefined): OperationLimits {
  if (!config.trusted || trustedKey === undefined) return config.standard;
  const [sent, expected] = [Buffer.from(trustedKey), Buffer.from(config.trusted.key)];
  // Compared in constant time, so the key cannot be guessed byte by byte from answer times.
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? config.trusted.limits : config.standard;
}

function tooComplex(limit: keyof OperationLimits | 'nesting', max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, http: { status: 400 } } });
}

/**
 * Counts tokens and bracket nesting with graphql-js's own lexer, before the (recursive) parser runs:
 * 5,000 nested brackets would otherwise overflow the parser's stack. A document the lexer cannot
 * read is left to the parser, which says where the syntax error is.
 */
export function checkSource(source: string, limits: OperationLimits): void {
  // Nesting in the text is selections plus arguments, lists and input objects inside them.
  const maxNesting = limits.depth * 2;
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.tokens) {
        throw tooComplex('tokens', limits.tokens, `The operation has more than ${limits.tokens} tokens (limit: tokens, ${ENV_NAME.tokens}); send a smaller operation.`);
      }
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.PAREN_L || token.kind === TokenKind.BRACKET_L) {
        if (++nesting > maxNesting) {
          throw tooComplex('nesting', maxNesting, `The operation is too deeply nested: more than ${maxNesting} levels of brackets (limit: nesting, twice ${ENV_NAME.depth}).`);
        }
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.PAREN_R || token.kind === TokenKind.BRACKET_R) {
        nesting--;
      }
    }
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'QUERY_TOO_COMPLEX') throw err;
  }
}

/**
 * Cost: every field costs 1, and a list multiplies what it holds by the page it asks for
 * (`pageSize`, `limit`, their defaults included) or by UNSIZED_LIST. So
 * `company { assignments { company { assignments { id } } } }` costs about 50 × 50.
 */
const estimateCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isListType(type) || isLeafType(getNamedType(type))) return 1 + childComplexity;
  // A page larger than the maximum is refused by the list itself (BAD_USER_INPUT naming the argument).
  const page = typeof args.pageSize === 'number' ? args.pageSize : typeof args.limit === 'number' ? args.limit : UNSIZED_LIST;
  // In a subgraph, the gateway's entity fetch holds as many objects as it sends representations.
  const size = field.name === '_entities' && Array.isArray(args.representations) ? args.representations.length : Math.min(page, MAX_PAGE_SIZE);
  return 1 + Math.max(1, size) * childComplexity;
};

/** The shape limits of one parsed operation: the first one exceeded, or nothing. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): GraphQLError | undefined {
  const rootFields = operation.selectionSet.selections.length;
  if (rootFields > limits.rootFields) {
    return tooComplex('rootFields', limits.rootFields, `The operation asks for ${rootFields} top-level fields; the limit is ${limits.rootFields} (limit: rootFields, ${ENV_NAME.rootFields}). Split it into several operations.`);
  }
  const refusals: Array<{ limit: 'depth' | 'aliases'; message: string }> = [];
  const armor = (limit: 'depth' | 'aliases') => ({
    // Collect instead of throwing out of graphql-js's validate().
    propagateOnRejection: false,
    onReject: [(_: unknown, error: GraphQLError) => refusals.push({ limit, message: error.message.replace(/^Syntax Error: /, '') })],
  });
  const rules: ValidationRule[] = [
    // The gateway's own subgraph queries wrap entities in inline fragments: those add no depth.
    maxDepthRule({ n: limits.depth, flattenFragments: true, ...armor('depth') }),
    maxAliasesRule({ n: limits.aliases, ...armor('aliases') }),
  ];
  validate(schema, document, rules);
  const first = refusals[0];
  if (first) return tooComplex(first.limit, limits[first.limit], `${first.message} (limit: ${first.limit}, ${ENV_NAME[first.limit]}).`);
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName: operation.name?.value, estimators: [estimateCost] });
  } catch {
    // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT.
    return undefined;
  }
  if (cost > limits.cost) {
    return tooComplex('cost', limits.cost, `The operation could return about ${cost} objects and fields; the limit is ${limits.cost} (limit: cost, ${ENV_NAME.cost}). Ask for smaller pages or fewer nested lists.`);
  }
  return undefined;
}

/** The cost estimate of an operation, for tests and for sizing the limit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>): number {
  return getComplexity({ schema, query: document, variables, estimators: [estimateCost] });
}

type TextRefusal = { message: string; extensions: Record<string, unknown> };

/**
 * A cache keyed by an operation's text (or a key built from it), bounded by entries and by the
 * characters of its keys, so that made-up texts only evict what real clients send.
 */
export function textKeyedCache<V extends object>(entries: number, chars: number): LRUCache<string, V> {
  return new LRUCache<string, V>({ max: entries, maxSize: chars, sizeCalculation: (_v, key) => Math.max(1, key.length) });
}

/**
 * Texts already counted, per set of limits: clients and the gateway's query plans send the same few
 * texts over and over, and lexing each one again on every request (in the gateway and in every
 * subgraph it asks) was ~3% of the embedded profile's time (bench/results/gateway.md). Bounded by
 * entries and characters; texts longer than SOURCE_VERDICT_MAX_TEXT are lexed every time, so a
 * client cannot fill the cache with a few huge ones.
 */
const sourceVerdicts = new WeakMap<OperationLimits, LRUCache<string, { refusal?: TextRefusal }>>();
const SOURCE_VERDICT_ENTRIES = 2_000;
const SOURCE_VERDICT_CHARS = 4_000_000;
const SOURCE_VERDICT_MAX_TEXT = 20_000;

function countedRefusal(source: string, limits: OperationLimits): TextRefusal | undefined {
  try {
    checkSource(source, limits);
    return undefined;
  } catch (err) {
    const error = err as GraphQLError;
    const { http: _http, ...extensions } = error.extensions;
    return { message: error.message, extensions };
  }
}

/**
 * The refusal of an operation's text over the token or nesting limit, in the form a GraphQL
 * answer carries it; nothing when the text is within the limits. Checked before Apollo parses it
 * (an error thrown from an Apollo hook before parsing would become a 500), over HTTP and in-process.
 */
export function sourceRefusal(config: LimitsConfig, source: string, trustedKey: string | undefined): TextRefusal | undefined {
  const limits = limitsFor(config, trustedKey);
  if (source.length > SOURCE_VERDICT_MAX_TEXT) return countedRefusal(source, limits);
  let verdicts = sourceVerdicts.get(limits);
  if (!verdicts) {
    verdicts = textKeyedCache(SOURCE_VERDICT_ENTRIES, SOURCE_VERDICT_CHARS);
    sourceVerdicts.set(limits, verdicts);
  }
  let verdict = verdicts.get(source);
  if (!verdict) {
    verdict = { refusal: countedRefusal(source, limits) };
    verdicts.set(source, verdict);
  }
  // A copy: the caller puts it into its answer.
  return verdict.refusal && { message: verdict.refusal.message, extensions: { ...verdict.refusal.extensions } };
}

/** The tokens and nesting of the operation's text (`sourceRefusal`), mounted in front of every /graphql. */
export function operationTextLimits(config: LimitsConfig): RequestHandler {
  return (req, res, next) => {
    const source: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
    if (typeof source !== 'string') return next();
    const refusal = sourceRefusal(config, source, req.get(TRUSTED_CLIENT_HEADER));
    if (refusal) {
      res.status(400).json({ errors: [refusal] });
      return;
    }
    next();
  };
}

/**
 * How many verdicts (and how much operation text, in characters) the limits plugin keeps: clients
 * send the same few documents over and over, and re-visiting each one per request was a visible
 * share of the gateway's time (bench/results/gateway.md). Bounded, so made-up documents only evict.
 */
const VERDICT_CACHE_ENTRIES = 2_000;
const VERDICT_CACHE_CHARS = 16_000_000;

type Verdict = { refusal?: { message: string; extensions: Record<string, unknown> } };

/** One resolved operation, as the shape limits look at it. */
export interface ResolvedOperation {
  schema: GraphQLSchema;
  /** The operation's text, as sent. */
  source: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  /** What the request sent in TRUSTED_CLIENT_HEADER. */
  trustedKey: string | undefined;
}

/**
 * The shape limits of resolved operations (`checkOperation`), with a refusal to throw or nothing.
 * The verdict depends only on the schema, the document text, the operation chosen, which limits
 * apply and — for an operation with variables, since page sizes and the gateway's representations
 * may come from them — the variables; so it is kept per exactly that (one cache per schema).
 */
export function operationVerdicts(config: LimitsConfig): (resolved: ResolvedOperation) => GraphQLError | undefined {
  const caches = new WeakMap<GraphQLSchema, LRUCache<string, Verdict>>();
  const cacheFor = (schema: GraphQLSchema) => {
    let verdicts = caches.get(schema);
    if (!verdicts) {
      verdicts = textKeyedCache<Verdict>(VERDICT_CACHE_ENTRIES, VERDICT_CACHE_CHARS);
      caches.set(schema, verdicts);
    }
    return verdicts;
  };
  return ({ schema, source, document, operation, variables, trustedKey }) => {
    const limits = limitsFor(config, trustedKey);
    const verdicts = cacheFor(schema);
    const key = JSON.stringify([limits === config.standard ? 'standard' : 'trusted', operation.name?.value ?? '', source, operation.variableDefinitions?.length ? JSON.stringify(variables ?? {}) : '']);
    let verdict = verdicts.get(key);
    if (!verdict) {
      const error = checkOperation(schema, document, operation, variables, limits);
      verdict = error ? { refusal: { message: error.message, extensions: { ...error.extensions } } } : {};
      verdicts.set(key, verdict);
    }
    // A new error each time: Apollo and the gateway may add to the one they are handed.
    return verdict.refusal ? new GraphQLError(verdict.refusal.message, { extensions: verdict.refusal.extensions }) : undefined;
  };
}

/** The shape limits in Apollo Server, once the operation is resolved: in the gateway that is before the query plan asks any subgraph. */
export function operationLimitsPlugin(config: LimitsConfig): ApolloServerPlugin {
  const verdictOf = operationVerdicts(config);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          // No operation chosen: request-checks.ts says so.
          if (!ctx.operation) return;
          const refusal = verdictOf({
            schema: ctx.schema,
            source: ctx.source,
            document: ctx.document,
            operation: ctx.operation,
            variables: ctx.request.variables,
            trustedKey: ctx.request.http?.headers.get(TRUSTED_CLIENT_HEADER),
          });
          if (refusal) throw refusal;
        },
      };
    },
  };
}
