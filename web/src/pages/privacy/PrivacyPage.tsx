import { RETENTION } from '@cb/contracts/src/rules/retention';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PRIVACY_CONTACT } from '../../privacy-contact';

/** What is kept, in the order the my-data download holds it. */
const KEPT = ['profile', 'skills', 'applications', 'placements', 'notifications', 'savedSearches', 'mailChoices'] as const;

/** Issue 14: what the marketplace keeps, why and for how long (the durations are the retention rule's own). */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow" aria-labelledby="page-title">
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p className="lead">{t('privacy.lead')}</p>
      <h2>{t('privacy.keptTitle')}</h2>
      <ul>
        {KEPT.map((item) => (
          <li key={item}>{t(`privacy.kept.${item}`)}</li>
        ))}
      </ul>
      <h2>{t('privacy.whyTitle')}</h2>
      <p>{t('privacy.why')}</p>
      <h2>{t('privacy.howLongTitle')}</h2>
      <ul>
        <li>{t('privacy.howLong.account')}</li>
        <li>{t('privacy.howLong.unverified', { days: RETENTION.unverifiedAccountDays })}</li>
        <li>{t('privacy.howLong.motivations', { years: RETENTION.closedMotivationYears })}</li>
        <li>{t('privacy.howLong.counts')}</li>
      </ul>
      <h2>{t('privacy.yourDataTitle')}</h2>
      <p>
        {t('privacy.yourData')} <Link to="/account">{t('privacy.toAccount')}</Link>
      </p>
      <h2>{t('privacy.contactTitle')}</h2>
      <p>
        {t('privacy.contact')} <a href={`mailto:${PRIVACY_CONTACT}`}>{PRIVACY_CONTACT}</a>
      </p>
    </section>
  );
}
