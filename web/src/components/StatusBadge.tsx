import { useTranslation } from 'react-i18next';

type Kind = 'applicationStatus' | 'placementStatus' | 'assignmentStatus' | 'companyStatus';

/** A status in words (colour only repeats what the words say). */
export function StatusBadge({ kind, status }: { kind: Kind; status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`enums.${kind}.${status}` as never)}</span>;
}
