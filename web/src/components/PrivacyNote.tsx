import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The privacy note beside a form that collects personal data (registration, the account). */
export function PrivacyNote() {
  const { t } = useTranslation();
  return (
    <p className="hint">
      <Link to="/privacy">{t('privacy.note')}</Link>
    </p>
  );
}
