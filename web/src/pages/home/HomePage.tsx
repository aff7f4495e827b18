import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useQuery } from '../../api/hooks';
import { homeOf, useAuth } from '../../auth/AuthContext';
import { PageHeading } from '../../components/PageHeading';
import { sectorLabel } from '../../domain/vocab';
import { formatNumber } from '../../format';
import { currentLanguage } from '../../i18n';
import { HOME } from './queries';

/** Who the marketplace is for, each with where to start: registering, or signing in for the goal. */
const ROLES = [
  { key: 'students', to: '/register/student', button: true },
  { key: 'companies', to: '/register/company', button: true },
  { key: 'goal', to: '/signin', button: false },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { viewer } = useAuth();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const { data } = useQuery(HOME);
  if (viewer) return <Navigate to={homeOf(viewer.role)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/assignments${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`);
  };
  return (
    <>
      <section className="hero" aria-labelledby="page-title">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.lead')}</p>
        <form role="search" className="hero-search" onSubmit={submit} aria-label={t('home.searchLabel')}>
          <label htmlFor="home-q" className="visually-hidden">
            {t('home.searchLabel')}
          </label>
          <input id="home-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('home.searchPlaceholder')} maxLength={200} />
          <button type="submit">{t('home.searchButton')}</button>
        </form>
        {data && <p className="muted">{t('home.count', { count: data.searchAssignments.total, formatted: formatNumber(data.searchAssignments.total, lang) })}</p>}
      </section>
      <section aria-labelledby="roles" className="cards three">
        <h2 id="roles" className="visually-hidden">
          {t('home.rolesTitle')}
        </h2>
        {ROLES.map(({ key, to, button }) => (
          <article key={key} className="card">
            <h3>{t(`home.${key}.title`)}</h3>
            <p>{t(`home.${key}.text`)}</p>
            <p className="actions">
              <Link className={button ? 'button' : undefined} to={to}>
                {t(`home.${key}.cta`)}
              </Link>
            </p>
          </article>
        ))}
      </section>
      {data && data.searchAssignments.hits.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest">{t('home.latest')}</h2>
          <ul className="result-list">
            {data.searchAssignments.hits.map(({ assignment: a }) => (
              <li key={a.id} className="card result">
                <h3>
                  <Link to={`/assignments/${a.id}`}>{a.title}</Link>
                </h3>
                <p className="muted">
                  {a.company.name} · {a.municipality.name} · {t(`enums.assignmentType.${a.type}` as never)} · {sectorLabel(a.sector, lang)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
