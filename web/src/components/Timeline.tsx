import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';

export interface StatusChange {
  from: string | null;
  to: string;
  by: string;
  at: string;
  note: string | null;
}

/** Every move of an application, oldest first: what, who, when and the note. */
export function Timeline({ history, label }: { history: StatusChange[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline" aria-label={label}>
      {history.map((change, i) => (
        <li key={i} className="timeline-item">
          <span className="timeline-status">{t(`enums.applicationStatus.${change.to}` as never)}</span>{' '}
          <span className="timeline-meta">
            {t('timeline.byAt', { by: t(`timeline.by.${change.by}` as never), at: formatDateTime(change.at, i18n.language) })}
          </span>
          {change.note && <q className="timeline-note">{change.note}</q>}
        </li>
      ))}
    </ol>
  );
}
