import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { loadingOrFailed } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { Card } from '../../components/Card';
import { sectorLabel } from '../../domain/vocab';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { CLOSE, COMPANY_HOME, PUBLISH } from './queries';

const STATUS_ORDER = { DRAFT: 0, PUBLISHED: 1, CLOSED: 2 } as const;

export function CompanyHomePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const location = useLocation();
  const { viewer } = useAuth();
  const companyId = viewer?.company?.id ?? '';
  const { data, error, loading, reload } = useQuery(COMPANY_HOME, { companyId });
  const { pending, error: actionError, run } = useAction<string>();
  const [closing, setClosing] = useState<{ id: string; title: string }>();
  const [message, setMessage] = useState<string | undefined>((location.state as { saved?: string } | null)?.saved);
  const registered = (location.state as { registered?: boolean } | null)?.registered;

  const act = (id: string, title: string, action: 'publish' | 'close') => {
    setMessage(undefined);
    return run(id, async () => {
      await (action === 'publish' ? request(PUBLISH, { id }) : request(CLOSE, { id }));
      setMessage(t(`companyHome.done.${action}`, { title }));
      setClosing(undefined);
      reload();
    });
  };

  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  const c = data?.company;
  if (!c) return <ErrorMessage error={new ApiError('NOT_FOUND', '')} />;
  const assignments = [...c.assignments].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <PageHeading>{c.name}</PageHeading>
      {registered && <Notice>{t('companyHome.registered')}</Notice>}
      {c.reviewStatus === 'PENDING' && <Notice tone="warning">{t('companyHome.pending')}</Notice>}
      {c.reviewStatus === 'REJECTED' && (
        <Notice tone="warning">
          {t('companyHome.rejected')} {c.reviewNote}
        </Notice>
      )}
      {c.reviewStatus === 'INFORMATION_REQUESTED' && (
        <Notice tone="warning">
          {t('companyHome.informationRequested')} {c.reviewNote}
        </Notice>
      )}
      <section aria-labelledby="profile" className="card">
        <h2 id="profile">{t('companyHome.profile')}</h2>
        <dl className="facts two-col">
          <dt>{t('fields.status')}</dt>
          <dd>
            <StatusBadge kind="companyStatus" status={c.status} />
          </dd>
          <dt>{t('fields.kvk')}</dt>
          <dd>{c.kvkNumber}</dd>
          <dt>{t('fields.sector')}</dt>
          <dd>{sectorLabel(c.sector, lang)}</dd>
          <dt>{t('fields.municipality')}</dt>
          <dd>{c.municipality.name}</dd>
          <dt>{t('company.labels')}</dt>
          <dd>{[c.impactLabel && t('company.impactLabel'), c.mboAkkoord && t('company.mboAkkoord')].filter(Boolean).join(', ') || '—'}</dd>
          {c.website && (
            <>
              <dt>{t('fields.website')}</dt>
              <dd>{c.website}</dd>
            </>
          )}
        </dl>
        {c.description && <p className="prewrap">{c.description}</p>}
        <p className="actions">
          <Link className="button button-secondary button-small" to="/company/profile">
            {t('companyProfile.edit')}
          </Link>
          {c.status === 'APPROVED' && <Link to={`/companies/${c.id}`}>{t('companyHome.publicPage')}</Link>}
        </p>
      </section>
      <section aria-labelledby="assignments">
        <div className="section-header">
          <h2 id="assignments">{t('companyHome.assignments')}</h2>
          <Link className="button" to="/company/assignments/new">
            {t('nav.newAssignment')}
          </Link>
        </div>
        <Notice>{message}</Notice>
        <ErrorMessage error={actionError} />
        {assignments.length === 0 && <p>{t('companyHome.noAssignments')}</p>}
        <ul className="result-list">
          {assignments.map((a) => {
            // Open: the company can still decide something on it (the API's allowedMoves).
            const open = a.applications.filter((x) => x.allowedMoves.length > 0).length;
            return (
              <li key={a.id}>
                <Card
                  id={`a-${a.id}`}
                  level={3}
                  headingClassName="result-title"
                  heading={<Link to={`/assignments/${a.id}`}>{a.title}</Link>}
                  badge={<StatusBadge kind="assignmentStatus" status={a.status} />}
                  className="result"
                >
                  <p className="muted">
                    {t(`enums.assignmentType.${a.type}` as never)} · {t('assignment.period', { from: formatDate(a.periodStart, lang), to: formatDate(a.periodEnd, lang) })} ·{' '}
                    {a.filled ? t('assignment.full') : t('assignment.placesOf', { left: a.placesLeft, places: a.places })}
                  </p>
                  <p>{t('companyHome.applicantCount', { count: a.applications.length, open })}</p>
                  <div className="actions">
                    <Link className="button button-small" to={`/company/assignments/${a.id}/applicants`}>
                      {t('company.applicants')}
                      <span className="visually-hidden"> — {a.title}</span>
                    </Link>
                    {a.status !== 'CLOSED' && (
                      <Link className="button button-secondary button-small" to={`/company/assignments/${a.id}/edit`}>
                        {t('common.edit')}
                        <span className="visually-hidden"> — {a.title}</span>
                      </Link>
                    )}
                    {a.status === 'DRAFT' && (
                      <button type="button" className="button-small" disabled={pending === a.id || c.status !== 'APPROVED'} onClick={() => void act(a.id, a.title, 'publish')}>
                        {t('editor.publish')}
                        <span className="visually-hidden"> — {a.title}</span>
                      </button>
                    )}
                    {a.status === 'PUBLISHED' && (
                      <button type="button" className="button-secondary button-small" disabled={pending === a.id} onClick={() => setClosing({ id: a.id, title: a.title })}>
                        {t('editor.close')}
                        <span className="visually-hidden"> — {a.title}</span>
                      </button>
                    )}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
        <ConfirmDialog
          open={Boolean(closing)}
          title={t('confirm.closeTitle', { title: closing?.title ?? '' })}
          text={t('confirm.closeText')}
          confirmLabel={t('confirm.closeYes')}
          danger
          pending={Boolean(pending)}
          onConfirm={() => closing && void act(closing.id, closing.title, 'close')}
          error={actionError}
          onCancel={() => setClosing(undefined)}
        />
      </section>
    </>
  );
}
