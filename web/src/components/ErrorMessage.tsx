import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';

const KNOWN = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'TOO_MANY_REQUESTS',
  'NETWORK',
  'INTERNAL_SERVER_ERROR',
]);

/** Codes whose API message says exactly what to fix or why, so we show it beside our own words. */
const SHOW_API_MESSAGE = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'TOO_MANY_REQUESTS']);

type KnownCode =
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

/**
 * The API words its messages in English. The ones people meet most are recognised here and shown
 * in the reader's language; any other message is shown as the API wrote it.
 */
const KNOWN_MESSAGES: Array<{ pattern: RegExp; key: 'full' | 'alreadyApplied' | 'kvkTaken' | 'awaitingApproval' | 'closed' | 'deadlinePassed' | 'wrongPassword' | 'processing'; values?: (m: RegExpMatchArray) => Record<string, string> }> = [
  { pattern: /assignment is full: all (\d+) places/i, key: 'full', values: (m) => ({ places: m[1] }) },
  { pattern: /already applied to this assignment/i, key: 'alreadyApplied' },
  { pattern: /KvK number (\d+) is already registered/i, key: 'kvkTaken', values: (m) => ({ kvk: m[1] }) },
  { pattern: /awaiting approval/i, key: 'awaitingApproval' },
  { pattern: /assignment is closed/i, key: 'closed' },
  { pattern: /application deadline of this assignment \(([\d-]+)\) has passed/i, key: 'deadlinePassed', values: (m) => ({ date: m[1] }) },
  { pattern: /e-mail address or password is not right/i, key: 'wrongPassword' },
  { pattern: /still being processed/i, key: 'processing' },
];

const REASONS = new Set(['EMAIL_IN_USE', 'PASSWORD_TOO_WEAK', 'TOO_MANY_OPEN_APPLICATIONS', 'RATE_LIMITED']);
type KnownReason = 'EMAIL_IN_USE' | 'PASSWORD_TOO_WEAK' | 'TOO_MANY_OPEN_APPLICATIONS' | 'RATE_LIMITED';

/** The reader's words for the rule that refused a call (`extensions.reason`), if we know the rule. */
export function useReasonText(error: unknown): string | undefined {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || !error.reason || !REASONS.has(error.reason)) return undefined;
  return t(`errors.reasons.${error.reason as KnownReason}`, { seconds: String(error.retryAfter ?? 1) });
}

/** The reason's words when the API refused the value of `field` (e.g. `input.password`), for that field. */
export function useFieldError(error: unknown, field: string): string | undefined {
  const text = useReasonText(error);
  return error instanceof ApiError && error.field === field ? text : undefined;
}

/** Every error the API can return, in words a person can act on. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reasonText = useReasonText(error);
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', String(error));
  const code = (KNOWN.has(apiError.code) ? apiError.code : 'INTERNAL_SERVER_ERROR') as KnownCode;
  const known = KNOWN_MESSAGES.map((k) => ({ k, m: apiError.message.match(k.pattern) })).find((x) => x.m);
  const values = known?.k.values?.(known.m!) ?? {};
  const detail = reasonText ?? (known
    ? t(`errors.known.${known.k.key}` as 'errors.known.full', { places: values.places ?? '', kvk: values.kvk ?? '', date: values.date ?? '' })
    : apiError.message);
  return (
    <div className="error" role="alert" data-code={code}>
      <p className="error-title">{t(`errors.${code}.title`)}</p>
      {SHOW_API_MESSAGE.has(code) && detail && <p className="error-detail">{detail}</p>}
      <p className="error-hint">
        {t(`errors.${code}.hint`)}
        {code === 'UNAUTHENTICATED' && (
          <>
            {' '}
            <Link to="/signin">{t('nav.signIn')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
