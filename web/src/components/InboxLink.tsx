import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './InboxLink.module.css';
import { NavLink, useLocation } from 'react-router';
import { request } from '../api/client';
import { UNREAD_COUNT } from '../pages/notifications/queries';

/** The inbox page says so after marking: the badge asks again at once instead of at its next poll. */
export const INBOX_CHANGED = 'cb:inbox-changed';
const POLL_MS = 60_000;

/**
 * "Meldingen (3)" in the header: asked on every navigation and once a minute, and a change is
 * announced politely (not the first count, which the link itself says).
 */
export function InboxLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const [count, setCount] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      void request(UNREAD_COUNT, {}, controller.signal).then(
        (data) => setCount(data.notifications.unreadCount),
        // The badge is a convenience: a failed poll keeps the last count, the page shows errors.
        () => undefined,
      );
    load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, [location.pathname]);

  useEffect(() => {
    if (count === undefined) return;
    if (previous.current !== undefined && previous.current !== count) setAnnouncement(t('inbox.unreadNow', { count }));
    previous.current = count;
  }, [count, t]);

  const unread = count ?? 0;
  return (
    <>
      <NavLink to="/notifications" className={styles.link} aria-label={unread > 0 ? t('inbox.linkLabel', { count: unread }) : t('inbox.linkLabelNone')}>
        {t('inbox.link')}
        {unread > 0 && <span className="inbox-count"> ({unread})</span>}
      </NavLink>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
