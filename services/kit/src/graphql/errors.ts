import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../errors';
import { logger } from '../observability/logger';

/** Codes that Apollo itself produces and that already carry a message a client can act on. */
export const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
]);

/** Extensions a client may decide on, kept beside the code (DESIGN.md §3); they survive the gateway, everything else is dropped. */
const CLIENT_EXTENSIONS = ['reason', 'field', 'fields', 'limit', 'min', 'max', 'retryAfter'];

const clientExtensions = (extensions: Record<string, unknown> | undefined) =>
  Object.fromEntries(CLIENT_EXTENSIONS.filter((k) => extensions?.[k] !== undefined).map((k) => [k, extensions![k]]));

/**
 * The one place where errors become GraphQL errors: a DomainError keeps its code and message,
 * Apollo's own input errors pass through, and anything else is a bug: logged (without the request,
 * which may hold personal data) and answered with a generic message and no stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, reason: original.reason, ...(original.details ?? {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...clientExtensions(formatted.extensions) } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    // Errors graphql-js raises while coercing values, e.g. a wrong enum inside a variable.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: 'Something went wrong on our side; it has been logged. Please try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
