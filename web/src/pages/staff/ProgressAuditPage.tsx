import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { CsvDownload } from '../../components/CsvDownload';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Select } from '../../components/Select';
import { PageHeading } from '../../components/PageHeading';
import { formatDate, formatNumber, periodName } from '../../format';
import { apiLanguage, currentLanguage } from '../../i18n';
import { PROGRESS_AUDIT, PROGRESS_AUDIT_CSV } from './queries';
import type { PeriodKind } from '../../api/__generated__/graphql';

const SHOWN = ['ALL', 'COUNTED', 'NOT_COUNTED'] as const;
type Shown = (typeof SHOWN)[number];

const PAGE_SIZE = 50;

/**
 * Staff: the placements behind the goal's number, one row each, as the counting rule judged them
 * (the API's progressAudit). Ids only: the list is for checking the count, not for seeing people.
 */
export default function ProgressAuditPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [params] = useSearchParams();
  const period: PeriodKind = params.get('period') === 'ACADEMIC' ? 'ACADEMIC' : 'CALENDAR';
  const year = Number(params.get('year')) || undefined;
  const [shown, setShown] = useState<Shown>('ALL');
  const [page, setPage] = useState(1);
  const filter = shown === 'ALL' ? null : { countsTowardGoal: shown === 'COUNTED' };
  const { data, error, loading } = useQuery(PROGRESS_AUDIT, { year, period, filter, page, pageSize: PAGE_SIZE });
  const audit = data?.progressAudit;
  const name = audit ? periodName(audit.periodKind, audit.year) : '';
  const pages = audit ? Math.max(1, Math.ceil(audit.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <p className="lead">{t('audit.lead')}</p>
      <p>
        <Link to="/staff">{t('audit.back')}</Link>
      </p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="audit-shown">{t('audit.show')}</label>
          <Select
            id="audit-shown"
            value={shown}
            options={SHOWN}
            label={(s) => t(`audit.shown.${s}`)}
            onChange={(s) => {
              setShown(s);
              setPage(1);
            }}
          />
        </div>
        {audit && <AuditCsv year={audit.year} period={audit.periodKind} />}
      </div>
      <ErrorMessage error={error} />
      {loading && !data && <Loading />}
      {audit && (
        <section aria-labelledby="audit-summary" aria-busy={loading}>
          <h2 id="audit-summary">{t('audit.summary', { period: name, counted: formatNumber(audit.counted, lang), total: formatNumber(audit.total, lang) })}</h2>
          <p className="muted">{t('audit.order')}</p>
          {audit.rows.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-summary">
              <table className="data-table">
                <caption className="visually-hidden">{t('audit.caption', { period: name })}</caption>
                <thead>
                  <tr>
                    {(['placement', 'student', 'start', 'status', 'level', 'institution', 'municipality', 'counts', 'reason', 'correction'] as const).map((c) => (
                      <th key={c} scope="col">
                        {t(`audit.columns.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {audit.rows.map((r) => (
                    <tr key={r.placementId}>
                      <td><code>{r.placementId}</code></td>
                      <td><code>{r.studentId}</code></td>
                      <td>{r.startDate ? formatDate(r.startDate, lang) : t('audit.planned', { date: formatDate(r.plannedStart, lang) })}</td>
                      <td>{t(`enums.placementStatus.${r.status}`)}</td>
                      <td>{t('audit.levelYear', { level: t(`enums.studyLevel.${r.studyLevel}`), year: r.studyYear })}</td>
                      <td>{r.institutionId}</td>
                      <td>
                        {r.municipality}
                        {r.municipalityDecidedBy && <span className="muted"> ({t(`audit.decidedBy.${r.municipalityDecidedBy}`)})</span>}
                      </td>
                      <td>{r.countsTowardGoal ? t('audit.yes') : t('audit.no')}</td>
                      <td>
                        {r.notCountedReason ? t(`audit.reasons.${r.notCountedReason}`, { defaultValue: r.notCountedReason }) : '—'}
                        {r.attributedTo && <> <code>{r.attributedTo}</code></>}
                      </td>
                      <td>{r.correctionReason ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t('audit.pages')}>
              <button type="button" className="button-secondary" onClick={() => setPage(page - 1)} disabled={page <= 1}>
                {t('audit.previous')}
              </button>
              <span aria-live="polite"> {t('audit.pageOf', { page, pages })} </span>
              <button type="button" className="button-secondary" onClick={() => setPage(page + 1)} disabled={page >= pages}>
                {t('audit.next')}
              </button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}

function AuditCsv({ year, period }: { year: number; period: PeriodKind }) {
  const { t } = useTranslation();
  const language = apiLanguage();
  const load = async () => (await request(PROGRESS_AUDIT_CSV, { year, period, language })).progressAuditCsv;
  return <CsvDownload load={load} fileName={t('audit.csvFile', { year: period === 'ACADEMIC' ? `${year}-${year + 1}` : year })} label={t('audit.csv')} />;
}
