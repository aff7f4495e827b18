/**
 * The one way the web app talks to the API: POST /graphql on its own origin (the gateway serves
 * both). Every failure becomes an ApiError with the API's `extensions.code`, so pages can show a
 * message that says what to do (components/ErrorMessage.tsx).
 */
import type { TypedDocumentString } from './__generated__/graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  | 'BAD_REQUEST'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

/** One refused input value (`extensions.fields[]`): its input path, the rule, and the limit it broke. */
export interface FieldProblem {
  field: string;
  reason?: string;
  message?: string;
  min?: number;
  max?: number;
}

export class ApiError extends Error {
  constructor(
    // `string & {}` keeps the known codes visible to the editor beside any code a newer server sends.
    readonly code: ErrorCode | (string & {}),
    message: string,
    /** The field or argument the API named, when it did. */
    readonly field?: string,
    /** Which rule refused the call (`extensions.reason`, contracts/src/errors.ts), when one did. */
    readonly reason?: string,
    /** TOO_MANY_REQUESTS: seconds to wait. */
    readonly retryAfter?: number,
    /** BAD_USER_INPUT: every refused value, first one first (the first is also `field` / `reason`). */
    readonly fields: FieldProblem[] = [],
    /** The limit the value broke, when the API names one (lengths, ranges). */
    readonly min?: number,
    readonly max?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'cb.token';
const ENDPOINT = '/graphql';

let token: string | null = readToken();
let language = 'nl';
const unauthenticatedListeners = new Set<() => void>();

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return token;
}

export function setToken(value: string | null): void {
  token = value;
  try {
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private browsing may refuse storage: the session then lasts as long as the tab.
  }
}

/** The API answers in this language where it can (Accept-Language, forwarded by the gateway). */
export function setApiLanguage(value: string): void {
  language = value;
}

/** Called when the API says the token is missing or no longer valid (the app sends to sign-in). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; field?: string; argument?: string; reason?: string; retryAfter?: number; fields?: FieldProblem[]; min?: number; max?: number };
  }>;
}

/** Sends a document; its result and variables are the ones codegen gave it (api/__generated__). */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': language,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('NETWORK', (err as Error).message);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR');
    // A wrong password at sign-in is UNAUTHENTICATED too (reason INVALID_CREDENTIALS), but no session ended.
    if (code === 'UNAUTHENTICATED' && first.extensions?.reason !== 'INVALID_CREDENTIALS') {
      setToken(null);
      unauthenticatedListeners.forEach((listener) => listener());
    }
    const { field, argument, reason, retryAfter, fields, min, max } = first.extensions ?? {};
    throw new ApiError(code, first.message, field ?? argument, reason, retryAfter, Array.isArray(fields) ? fields : [], min, max);
  }
  if (!response.ok || body.data == null) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  return body.data;
}
