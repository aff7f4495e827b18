import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { AssignmentList } from '../../components/AssignmentCard';
import { loadingOrFailed } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { PageHeading } from '../../components/PageHeading';
import { sectorLabel } from '../../domain/vocab';
import { currentLanguage } from '../../i18n';
import { COMPANY } from './queries';

/** An organisation as students see it: who they are and their published assignments. */
export function CompanyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { data, error, loading } = useQuery(COMPANY, { id });
  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  const c = data?.company;
  if (!c) return <NotFound text={t('company.notFound')} />;
  const published = c.assignments.filter((a) => a.status === 'PUBLISHED');
  return (
    <>
      <PageHeading>{c.name}</PageHeading>
      <p className="lead">
        {sectorLabel(c.sector, lang)} · {c.municipality.name}
      </p>
      <ul className="tags" aria-label={t('company.labels')}>
        {c.impactLabel && <li>{t('company.impactLabel')}</li>}
        {c.mboAkkoord && <li>{t('company.mboAkkoord')}</li>}
        {c.municipality.inRegion && <li>{t('company.inRegion')}</li>}
      </ul>
      {c.description && <p className="prewrap">{c.description}</p>}
      {c.website && (
        <p>
          <a href={c.website} rel="noopener noreferrer" target="_blank">
            {t('company.website')}
            <span className="visually-hidden"> ({t('common.newWindow')})</span>
          </a>
        </p>
      )}
      <section aria-labelledby="company-assignments">
        <h2 id="company-assignments">{t('company.publishedAssignments', { count: published.length })}</h2>
        {published.length === 0 ? (
          <p>{t('company.noPublished')}</p>
        ) : (
          <AssignmentList items={published.map((assignment) => ({ assignment }))} />
        )}
      </section>
      <p>
        <Link to="/assignments">{t('assignment.backToSearch')}</Link>
      </p>
    </>
  );
}
