import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { StatusChangeFieldsFragment } from '../api/__generated__/graphql';



/** Every move of an application, oldest first: what, who (or "automatically", with the reason), when and the note. */
export function Timeline({ history, label }: { history: StatusChangeFieldsFragment[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline" aria-label={label}>
      {history.map((change, i) => (
        <li key={i} className="timeline-item">
          <span className="timeline-status">{t(`enums.applicationStatus.${change.to}` as never)}</span>{' '}
          <span className="timeline-meta">
            {change.by === 'SYSTEM'
              ? t('timeline.automaticallyAt', { at: formatDateTime(change.at, i18n.language) })
              : t('timeline.byAt', { by: t(`timeline.by.${change.by}` as never), at: formatDateTime(change.at, i18n.language) })}
          </span>
          {change.reason && <span className="timeline-note">{t(`reasons.${change.reason}` as never)}</span>}
          {change.note && <q className="timeline-note">{change.note}</q>}
        </li>
      ))}
    </ol>
  );
}
