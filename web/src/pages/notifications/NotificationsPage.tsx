import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { INBOX_CHANGED } from '../../components/InboxLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Badge } from '../../components/StatusBadge';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { MailPreferences } from './MailPreferences';
import { SavedSearches } from './SavedSearches';
import { INBOX, MARK_ALL_READ, MARK_READ } from './queries';
import styles from './notifications.module.css';
import type { InboxItemFragment } from '../../api/__generated__/graphql';


const PAGE_SIZE = 20;

/** A student's or organisation's inbox, newest first, unread ones marked; staff have none. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { viewer, checking } = useAuth();
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<string>();
  const hasInbox = viewer?.role === 'STUDENT' || viewer?.role === 'COMPANY';
  const { data, error, loading, reload } = useQuery(INBOX, { page, pageSize: PAGE_SIZE }, { skip: !hasInbox });
  const markRead = useMutation(MARK_READ);
  const markAll = useMutation(MARK_ALL_READ);

  const changed = (text: string) => {
    setMessage(text);
    reload();
    window.dispatchEvent(new Event(INBOX_CHANGED));
  };
  const inbox = data?.notifications;
  const pages = Math.max(1, Math.ceil((inbox?.total ?? 0) / PAGE_SIZE));
  if (checking) return <Loading />;
  if (!viewer) return <Navigate to="/signin" replace state={{ from: '/notifications' }} />;
  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      {!hasInbox && <p>{t('inbox.noInbox')}</p>}
      <Notice>{message}</Notice>
      <ErrorMessage error={error ?? markRead.error ?? markAll.error} />
      {loading && !data && <Loading />}
      {inbox && (
        <section aria-labelledby="inbox-list">
          <div className={styles.toolbar}>
            <h2 id="inbox-list" className="h3">
              {t('inbox.unreadSummary', { count: inbox.unreadCount })}
            </h2>
            {inbox.unreadCount > 0 && (
              <button
                type="button"
                className="button-secondary button-small"
                disabled={markAll.pending}
                onClick={async () => {
                  const marked = await markAll.run({});
                  if (marked) changed(t('inbox.markedAll', { count: marked.markAllNotificationsRead }));
                }}
              >
                {t('inbox.markAllRead')}
              </button>
            )}
          </div>
          {inbox.items.length === 0 && <p>{t('inbox.empty')}</p>}
          <ul className={styles.list}>
            {inbox.items.map((n) => (
              <InboxEntry
                key={n.id}
                item={n}
                pending={markRead.pending}
                onMarkRead={async () => {
                  if (await markRead.run({ ids: [n.id] })) changed(t('inbox.marked', { title: n.title }));
                }}
              />
            ))}
          </ul>
          {pages > 1 && (
            <nav className="pager" aria-label={t('inbox.pages')}>
              <button type="button" className="button-secondary button-small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('audit.previous')}
              </button>
              <span aria-live="polite"> {t('audit.pageOf', { page, pages })} </span>
              <button type="button" className="button-secondary button-small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('audit.next')}
              </button>
            </nav>
          )}
        </section>
      )}
      {viewer.role === 'STUDENT' && <SavedSearches />}
      {hasInbox && <MailPreferences />}
    </>
  );
}

function InboxEntry({ item: n, pending, onMarkRead }: { item: InboxItemFragment; pending: boolean; onMarkRead(): void }) {
  const { t } = useTranslation();
  const unread = !n.readAt;
  const headingId = `notification-${n.id}`;
  return (
    <li>
      <article className={`card notification ${unread ? styles.unread : ''}`} aria-labelledby={headingId}>
        <h3 id={headingId} className="h4">
          {unread && <Badge tone="waiting">{t('inbox.new')}</Badge>} <Link to={n.link}>{n.title}</Link>
        </h3>
        <p>{n.body}</p>
        <p className="muted">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, currentLanguage())}</time>
          {unread && (
            <>
              {' · '}
              <button type="button" className="button-secondary button-small" disabled={pending} onClick={onMarkRead}>
                {t('inbox.markRead')}
                <span className="visually-hidden">: {n.title}</span>
              </button>
            </>
          )}
        </p>
      </article>
    </li>
  );
}
