import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { reasonText } from '../domain/error-text';
import { currentLanguage } from '../i18n';
import { reasonsNl } from '../i18n/reasons';

/** The codes we have words for (nl.ts `errors`); any other is shown as our own failure. */
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
type KnownCode = 'BAD_USER_INPUT';

/** The reader's words for the rule that refused a call (`extensions.reason`), if there are any. */
export function useReasonText(error: unknown): string | undefined {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return undefined;
  return reasonText(t as never, reasonsNl, currentLanguage(), error);
}

/**
 * Every error the API can return, in words a person can act on: a title and hint per code, and
 * the reason's own words when the API named the rule. Decided on code and reason only.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = useReasonText(error);
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', String(error));
  // A wrong password is UNAUTHENTICATED to the API, but to the person it is input to correct on the
  // sign-in form itself, not a session that ended.
  const shown = apiError.reason === 'INVALID_CREDENTIALS' ? 'BAD_USER_INPUT' : apiError.code;
  const code = (KNOWN.has(shown) ? shown : 'INTERNAL_SERVER_ERROR') as KnownCode;
  return (
    <div className="error" role="alert" data-code={code} data-reason={apiError.reason}>
      <p className="error-title">{t(`errors.${code}.title`)}</p>
      {detail && <p className="error-detail">{detail}</p>}
      <p className="error-hint">
        {t(`errors.${code}.hint`)}
        {code === ('UNAUTHENTICATED' as string) && (
          <>
            {' '}
            <Link to="/signin">{t('nav.signIn')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
