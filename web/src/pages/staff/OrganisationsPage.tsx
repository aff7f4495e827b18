import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { sectorLabel } from '../../domain/vocab';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { APPROVE, ORGANISATIONS, REJECT, REQUEST_INFORMATION } from './queries';

/** Staff check new organisations before they can publish. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { data, error, loading, reload } = useQuery(ORGANISATIONS);
  const { pending, error: actionError, run } = useAction<string>();
  const [message, setMessage] = useState<string>();
  const [approving, setApproving] = useState<{ id: string; name: string }>();
  // A reject or an information request needs a text the organisation will read.
  const [reviewing, setReviewing] = useState<{ id: string; name: string; kind: 'reject' | 'ask' }>();
  const [note, setNote] = useState('');

  const review = (target: { id: string; name: string; kind: 'reject' | 'ask' }) =>
    run(target.id, async () => {
      if (target.kind === 'reject') await request(REJECT, { id: target.id, reason: note });
      else await request(REQUEST_INFORMATION, { id: target.id, message: note });
      setMessage(t(target.kind === 'reject' ? 'organisations.rejected' : 'organisations.asked', { name: target.name }));
      setReviewing(undefined);
      setNote('');
      reload();
    });

  const approve = (id: string, name: string) =>
    run(id, async () => {
      await request(APPROVE, { id });
      setMessage(t('organisations.approved', { name }));
      setApproving(undefined);
      reload();
    });

  return (
    <>
      <PageHeading>{t('organisations.title')}</PageHeading>
      <Notice>{message}</Notice>
      <ErrorMessage error={error ?? actionError} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="pending">
            <h2 id="pending">{t('organisations.pending', { count: data.pending.length })}</h2>
            {data.pending.length === 0 && <p>{t('organisations.nonePending')}</p>}
            <ul className="result-list">
              {[...data.pending]
                .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt))
                .map((c) => (
                  <li key={c.id}>
                    <article className="card" aria-labelledby={`org-${c.id}`}>
                      <h3 id={`org-${c.id}`}>{c.name}</h3>
                      <dl className="facts two-col">
                        <dt>{t('fields.kvk')}</dt>
                        <dd>{c.kvkNumber ?? '—'}</dd>
                        <dt>{t('fields.contactName')}</dt>
                        <dd>{c.contactPerson?.name ?? '—'}</dd>
                        <dt>{t('fields.contactEmail')}</dt>
                        <dd>{c.contactPerson ? <a href={`mailto:${c.contactPerson.email}`}>{c.contactPerson.email}</a> : '—'}</dd>
                        <dt>{t('fields.contactPhone')}</dt>
                        <dd>{c.contactPerson?.phone ?? '—'}</dd>
                        <dt>{t('fields.sector')}</dt>
                        <dd>{sectorLabel(c.sector, lang)}</dd>
                        <dt>{t('fields.municipality')}</dt>
                        <dd>
                          {c.municipality.name} {c.municipality.inRegion ? `(${t('company.inRegion')})` : `(${t('fields.outsideRegion')})`}
                        </dd>
                        <dt>{t('organisations.registeredAt')}</dt>
                        <dd>{formatDateTime(c.registeredAt, lang)}</dd>
                        {c.website && (
                          <>
                            <dt>{t('fields.website')}</dt>
                            <dd>{c.website}</dd>
                          </>
                        )}
                        <dt>{t('company.labels')}</dt>
                        <dd>{[c.impactLabel && t('company.impactLabel'), c.mboAkkoord && t('company.mboAkkoord')].filter(Boolean).join(', ') || '—'}</dd>
                      </dl>
                      {c.description && <p className="prewrap">{c.description}</p>}
                      {c.reviewStatus === 'INFORMATION_REQUESTED' && (
                        <p className="notice notice-info">
                          {t('organisations.askedOn', { date: c.reviewedAt ? formatDateTime(c.reviewedAt, lang) : '—' })} <span className="prewrap">{c.reviewNote}</span>
                        </p>
                      )}
                      <button type="button" onClick={() => setApproving({ id: c.id, name: c.name })} disabled={pending === c.id}>
                        {pending === c.id ? t('common.saving') : t('organisations.approve')}
                        <span className="visually-hidden"> {c.name}</span>
                      </button>{' '}
                      <button type="button" onClick={() => setReviewing({ id: c.id, name: c.name, kind: 'ask' })} disabled={pending === c.id}>
                        {t('organisations.ask')}
                        <span className="visually-hidden"> {c.name}</span>
                      </button>{' '}
                      <button type="button" onClick={() => setReviewing({ id: c.id, name: c.name, kind: 'reject' })} disabled={pending === c.id}>
                        {t('organisations.reject')}
                        <span className="visually-hidden"> {c.name}</span>
                      </button>
                    </article>
                  </li>
                ))}
            </ul>
          </section>
          <ConfirmDialog
            open={Boolean(approving)}
            title={t('confirm.approveTitle', { name: approving?.name ?? '' })}
            text={t('confirm.approveText')}
            confirmLabel={t('confirm.approveYes')}
            pending={Boolean(pending)}
            onConfirm={() => approving && void approve(approving.id, approving.name)}
            error={actionError}
            onCancel={() => setApproving(undefined)}
          />
          <ConfirmDialog
            open={Boolean(reviewing)}
            title={t(reviewing?.kind === 'ask' ? 'confirm.askTitle' : 'confirm.rejectTitle', { name: reviewing?.name ?? '' })}
            confirmLabel={t(reviewing?.kind === 'ask' ? 'confirm.askYes' : 'confirm.rejectYes')}
            pending={Boolean(pending)}
            danger={reviewing?.kind === 'reject'}
            onConfirm={() => reviewing && void review(reviewing)}
            error={actionError}
            onCancel={() => {
              setReviewing(undefined);
              setNote('');
            }}
          >
            <label htmlFor="review-note">{t(reviewing?.kind === 'ask' ? 'confirm.askMessage' : 'confirm.rejectReason')}</label>
            <textarea id="review-note" required rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
          </ConfirmDialog>
          <section aria-labelledby="approved-title">
            <h2 id="approved-title">{t('organisations.approvedList', { count: data.approved.length })}</h2>
            <details>
              <summary>{t('organisations.showApproved')}</summary>
              <ul className="plain-list columns">
                {[...data.approved]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((c) => (
                    <li key={c.id}>
                      <Link to={`/companies/${c.id}`}>{c.name}</Link> <span className="muted">· {c.municipality.name}</span>
                    </li>
                  ))}
              </ul>
            </details>
          </section>
        </>
      )}
    </>
  );
}
