/**
 * Errors a user can cause are values with a code, created in the domain and mapped once at the
 * GraphQL edge (see graphql/errors.ts). Anything else is a bug and is masked there.
 */
import { Reasons, type ErrorCode, type Reason } from '@cb/contracts';

export type { ErrorCode, Reason };

/** Extra facts a client may act on, beside code and reason: the input path, limits, a retry delay. */
export type ErrorDetails = Record<string, unknown> & { field?: string };

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Bad input: `field` is the input path the client marks (e.g. `input.title`), `reason` says which rule. */
export const badInput = (field: string, reason: Reason, message: string, details?: ErrorDetails) =>
  new DomainError('BAD_USER_INPUT', reason, message, { field, ...details });
export const unauthenticated = (
  message = 'Sign in first: this needs a bearer token from signIn.',
  reason: Reason = Reasons.SIGN_IN_REQUIRED,
) => new DomainError('UNAUTHENTICATED', reason, message);
export const forbidden = (reason: Reason, message: string) => new DomainError('FORBIDDEN', reason, message);
export const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', Reasons.UNKNOWN_ID, `No ${what} with id "${id}".`);
export const conflict = (reason: Reason, message: string, details?: ErrorDetails) =>
  new DomainError('CONFLICT', reason, message, details);

/** Another account (of whatever kind) holds this address; which kind is deliberately not said. */
export const emailInUse = (field: string) =>
  conflict(Reasons.EMAIL_IN_USE, 'This e-mail address is already in use. Sign in instead, or register with another address.', {
    field,
  });

/** Applying and publishing wait for the account's address to be verified (issue 14); `action` says which was refused. */
export const emailNotVerified = (action: string) =>
  forbidden(
    Reasons.EMAIL_NOT_VERIFIED,
    `Verify your e-mail address before you ${action}: open the link in the verification e-mail we sent you, or ask for a new link (resendVerification).`,
  );

/** A rate limit refused the call; `retryAfter` is in whole seconds (at least 1). */
export const tooManyRequests = (message: string, retryAfterSeconds: number, reason: Reason = Reasons.RATE_LIMITED) =>
  new DomainError('TOO_MANY_REQUESTS', reason, message, { retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });

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
