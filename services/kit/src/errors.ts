/**
 * Errors a user can cause are values with a code, created in the domain and mapped once at the
 * GraphQL edge (see graphql/errors.ts). Anything else is a bug and is masked there.
 */
import { Reasons, type ErrorCode } from '@cb/contracts';

export type { ErrorCode };

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const unauthenticated = (message = 'Sign in first: this needs a bearer token from signIn.') =>
  new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `No ${what} with id "${id}".`);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);

/** Another account (of whatever kind) holds this address; which kind is deliberately not said. */
export const emailInUse = (field: string) =>
  conflict('This e-mail address is already in use. Sign in instead, or register with another address.', {
    reason: Reasons.EMAIL_IN_USE,
    field,
  });

/** A rate limit refused the call; `retryAfter` is in whole seconds (at least 1). */
export const tooManyRequests = (message: string, retryAfterSeconds: number, reason: string = Reasons.RATE_LIMITED) =>
  new DomainError('TOO_MANY_REQUESTS', message, { reason, retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });

/** Thrown by a store when a unique index would be violated. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly index: string,
  ) {
    super(`duplicate key in ${collection} on ${index}`);
    this.name = 'DuplicateKeyError';
  }
}

/** Thrown by a store when a document changed since it was read (optimistic concurrency). */
export class StaleWriteError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`${collection}/${id} was changed by someone else`);
    this.name = 'StaleWriteError';
  }
}
