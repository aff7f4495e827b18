import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, AssignmentStatus, CompanyStatus, PlacementStatus } from '../api/__generated__/graphql';
import styles from './StatusBadge.module.css';

type Kind = 'applicationStatus' | 'placementStatus' | 'assignmentStatus' | 'companyStatus';
type Tone = 'waiting' | 'good' | 'over' | 'sent';

/** Each status's colour, in one place: waiting on someone, gone well, over, or sent and not yet looked at. */
const TONE: Record<ApplicationStatus | PlacementStatus | AssignmentStatus | CompanyStatus, Tone> = {
  OFFERED: 'waiting',
  INTERVIEW: 'waiting',
  PENDING: 'waiting',
  DRAFT: 'waiting',
  ACCEPTED: 'good',
  ACTIVE: 'good',
  PUBLISHED: 'good',
  APPROVED: 'good',
  CONFIRMED: 'good',
  COMPLETED: 'good',
  REJECTED: 'over',
  DECLINED: 'over',
  WITHDRAWN: 'over',
  CANCELLED: 'over',
  CLOSED: 'over',
  SUBMITTED: 'sent',
  IN_REVIEW: 'sent',
};

/** A short label in a coloured pill (a status, "new", a match score). */
export function Badge({ tone, children }: { tone?: Tone; children: ReactNode }) {
  return <span className={tone ? `badge ${styles[tone]}` : 'badge'}>{children}</span>;
}

/** A status in words (colour only repeats what the words say). */
export function StatusBadge({ kind, status }: { kind: Kind; status: string }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status as keyof typeof TONE]}>{t(`enums.${kind}.${status}` as never)}</Badge>;
}
