import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { Timeline } from '../../components/Timeline';
import { Card } from '../../components/Card';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { ACCEPT_OFFER, MOVE_OWN_APPLICATION, MY_APPLICATIONS } from './queries';
import type { MyApplicationsQuery } from '../../api/__generated__/graphql';

type Application = NonNullable<MyApplicationsQuery['student']>['applications'][number];

/** Offers waiting for an answer first, then the rest, most recently changed first. */
function order(a: Application, b: Application): number {
  const offered = Number(b.status === 'OFFERED') - Number(a.status === 'OFFERED');
  return offered || b.updatedAt.localeCompare(a.updatedAt);
}

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const studentId = viewer?.student?.id ?? '';
  const { data, error, loading, reload } = useQuery(MY_APPLICATIONS, { studentId });
  const [message, setMessage] = useState<string>();
  const applications = [...(data?.student?.applications ?? [])].sort(order);
  return (
    <>
      <PageHeading>{t('myApplications.title')}</PageHeading>
      <Notice>{message}</Notice>
      <ErrorMessage error={error} />
      {loading && !data && <Loading />}
      {data && applications.length === 0 && (
        <p>
          {t('myApplications.none')} <Link to="/assignments">{t('nav.search')}</Link>
        </p>
      )}
      <ul className="application-list">
        {applications.map((application) => (
          <li key={application.id}>
            <ApplicationCard
              application={application}
              onChanged={(text) => {
                setMessage(text);
                reload();
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

function ApplicationCard({ application: a, onChanged }: { application: Application; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { pending, error, run } = useAction<'ACCEPT' | 'DECLINED' | 'WITHDRAWN'>();
  const [confirming, setConfirming] = useState<'DECLINED' | 'WITHDRAWN'>();
  const [accepting, setAccepting] = useState(false);

  const act = (action: 'ACCEPT' | 'DECLINED' | 'WITHDRAWN') =>
    run(action, async () => {
      if (action === 'ACCEPT') await request(ACCEPT_OFFER, { applicationId: a.id });
      else await request(MOVE_OWN_APPLICATION, { id: a.id, status: action, note: null });
      setConfirming(undefined);
      setAccepting(false);
      onChanged(t(`myApplications.done.${action}`, { title: a.assignment.title }));
    });
  const headingId = `application-${a.id}`;
  return (
    <Card
      id={headingId}
      level={2}
      headingClassName="h3"
      heading={<Link to={`/assignments/${a.assignment.id}`}>{a.assignment.title}</Link>}
      badge={<StatusBadge kind="applicationStatus" status={a.status} />}
      className={`application ${a.status === 'OFFERED' ? 'application-offered' : ''}`}
    >
      <p className="muted">
        {a.assignment.company.name} · {a.assignment.municipality.name} ·{' '}
        {t('assignment.period', { from: formatDate(a.assignment.periodStart, lang), to: formatDate(a.assignment.periodEnd, lang) })}
      </p>
      {a.placement && (
        <p className="placement-line">
          {t('myApplications.placement')} <StatusBadge kind="placementStatus" status={a.placement.status} />
          {a.placement.startDate && ` · ${t('myApplications.started', { date: formatDate(a.placement.startDate, lang) })}`}
        </p>
      )}
      <details>
        <summary>{t('myApplications.timeline')}</summary>
        <Timeline history={a.history} label={t('myApplications.timelineOf', { title: a.assignment.title })} />
        <h3 className="h4">{t('myApplications.yourMotivation')}</h3>
        <p className="prewrap">{a.motivation}</p>
      </details>
      {/* A refusal in a dialog is shown there; the card shows the rest. */}
      <ErrorMessage error={!accepting && !confirming && error} />
      {(a.allowedMoves.includes('ACCEPTED') || a.allowedMoves.includes('DECLINED')) && (
        <div className="actions">
          {a.allowedMoves.includes('ACCEPTED') && <p className="offer-text">{t('myApplications.offerText')}</p>}
          {a.offerAnswerBy && (
            <p className="answer-by">
              <strong>{t('myApplications.answerBy', { date: formatDate(a.offerAnswerBy, lang) })}</strong>
            </p>
          )}
          {a.allowedMoves.includes('ACCEPTED') && (
            <button type="button" onClick={() => setAccepting(true)} disabled={Boolean(pending)}>
              {t('myApplications.accept')}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={() => setConfirming('DECLINED')} disabled={Boolean(pending)}>
            {t('myApplications.decline')}
          </button>
        </div>
      )}
      {/* On an offer, declining says the same as withdrawing; one button is enough. */}
      {a.allowedMoves.includes('WITHDRAWN') && !a.allowedMoves.includes('DECLINED') && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => setConfirming('WITHDRAWN')}>
            {t('myApplications.withdraw')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={Boolean(confirming)}
        title={confirming ? t(`myApplications.confirm.${confirming}`) : ''}
        confirmLabel={confirming ? t(`myApplications.confirmYes.${confirming}`) : ''}
        danger
        pending={Boolean(pending)}
        onConfirm={() => confirming && void act(confirming)}
        error={error}
        onCancel={() => setConfirming(undefined)}
      />
      <ConfirmDialog
        open={accepting}
        title={t('confirm.acceptTitle', { title: a.assignment.title })}
        text={t('confirm.acceptText')}
        confirmLabel={t('confirm.acceptYes')}
        pending={pending === 'ACCEPT'}
        onConfirm={() => void act('ACCEPT')}
        error={error}
        onCancel={() => setAccepting(false)}
      />
    </Card>
  );
}
