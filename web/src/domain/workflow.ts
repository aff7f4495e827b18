/**
 * The application workflow of DESIGN.md §4, as the web app offers it: which moves a company or a
 * student may make from a status. The API enforces the same table; this only decides which
 * buttons to show.
 */
import type { ApplicationStatus } from './vocab';

const COMPANY_MOVES: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  SUBMITTED: ['IN_REVIEW', 'INTERVIEW', 'OFFERED', 'REJECTED'],
  IN_REVIEW: ['INTERVIEW', 'OFFERED', 'REJECTED'],
  INTERVIEW: ['OFFERED', 'REJECTED'],
  OFFERED: ['REJECTED'],
};

export function companyMoves(status: ApplicationStatus): ApplicationStatus[] {
  return COMPANY_MOVES[status] ?? [];
}

/** Revoking an offer needs a note that tells the student why. */
export function noteRequired(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return from === 'OFFERED' && to === 'REJECTED';
}

export function studentCanWithdraw(status: ApplicationStatus): boolean {
  return status === 'SUBMITTED' || status === 'IN_REVIEW' || status === 'INTERVIEW' || status === 'OFFERED';
}

export function isOpen(status: ApplicationStatus): boolean {
  return studentCanWithdraw(status);
}
