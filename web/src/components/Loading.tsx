import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

/** A polite live region, so a screen reader hears that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/**
 * What a page shows instead of its content while its query's first answer is on its way, or when
 * the query failed; null once there is data to show (a reload keeps the old data on screen).
 */
export function loadingOrFailed({ data, error, loading }: { data: unknown; error: unknown; loading: boolean }): ReactElement | null {
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  return null;
}
