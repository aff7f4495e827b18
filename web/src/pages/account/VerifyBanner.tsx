import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RESEND_VERIFICATION } from './queries';
import { apiLanguage } from '../../i18n';

/** Shown to a signed-in account whose address is not verified yet, on every page. */
export function VerifyBanner() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!viewer || viewer.emailVerified) return null;
  const resend = () => {
    setError(undefined);
    request(RESEND_VERIFICATION, { language: apiLanguage() }).then(() => setSent(true), setError);
  };
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('account.banner.text')}</p>
      {sent ? (
        <p>{t('account.banner.sent')}</p>
      ) : (
        <button type="button" className="button-secondary button-small" onClick={resend}>
          {t('account.banner.resend')}
        </button>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
