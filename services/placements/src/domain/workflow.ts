import { APPLICATION_STATUSES, Reasons } from '@cb/contracts';
import type { ApplicationStatus } from '@cb/contracts';
import { badInput, conflict, forbidden } from '@cb/kit/core';

/** Who moves an application: the company that posted the assignment, or the applicant. */
export type Actor = 'COMPANY' | 'STUDENT';

interface Move {
  by: Actor;
  /** The offer is revoked: the student is owed a reason. */
  noteRequired?: boolean;
}

export type Via = 'moveApplication' | 'acceptOffer';

/** Statuses set only by their own use case: accepting takes a place, so it is no plain status change. */
const ONLY_VIA: Partial<Record<ApplicationStatus, Via>> = { ACCEPTED: 'acceptOffer' };

/** The application workflow of DESIGN.md §4, the only place it is written down. */
export const WORKFLOW: Record<ApplicationStatus, Partial<Record<ApplicationStatus, Move>>> = {
  SUBMITTED: {
    IN_REVIEW: { by: 'COMPANY' },
    INTERVIEW: { by: 'COMPANY' },
    OFFERED: { by: 'COMPANY' },
    REJECTED: { by: 'COMPANY' },
    WITHDRAWN: { by: 'STUDENT' },
  },
  IN_REVIEW: {
    INTERVIEW: { by: 'COMPANY' },
    OFFERED: { by: 'COMPANY' },
    REJECTED: { by: 'COMPANY' },
    WITHDRAWN: { by: 'STUDENT' },
  },
  INTERVIEW: {
    OFFERED: { by: 'COMPANY' },
    REJECTED: { by: 'COMPANY' },
    WITHDRAWN: { by: 'STUDENT' },
  },
  OFFERED: {
    ACCEPTED: { by: 'STUDENT' },
    DECLINED: { by: 'STUDENT' },
    REJECTED: { by: 'COMPANY', noteRequired: true },
    WITHDRAWN: { by: 'STUDENT' },
  },
  ACCEPTED: {},
  REJECTED: {},
  WITHDRAWN: {},
  DECLINED: {},
};

/** Applications still in play: they can be withdrawn, and they block nothing yet. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'];

export const isOpen = (status: ApplicationStatus) => OPEN_STATUSES.includes(status);

/** Final: accepted, rejected, withdrawn or declined. */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => !isOpen(s));

/** "IN_REVIEW (company), WITHDRAWN (student)" — what the message of a refused move offers instead. */
export function allowedMoves(from: ApplicationStatus): string {
  const moves = Object.entries(WORKFLOW[from]).map(([to, m]) => {
    const only = ONLY_VIA[to as ApplicationStatus];
    const how = [m.by.toLowerCase(), only && `via ${only}`, m.noteRequired && 'with a note'].filter(Boolean).join(', ');
    return `${to} (${how})`;
  });
  return moves.length > 0 ? moves.join(', ') : 'nothing: it is final';
}

/** The statuses `actor` may move an application to from `from` (ACCEPTED via acceptOffer). */
export function movesFor(from: ApplicationStatus, actor: Actor | null): ApplicationStatus[] {
  if (!actor) return [];
  return (Object.entries(WORKFLOW[from]) as Array<[ApplicationStatus, Move]>).filter(([, m]) => m.by === actor).map(([to]) => to);
}

/**
 * Checks one move of the workflow. `actor` is what the viewer is to this application (its company,
 * its student, or neither), `via` the use case asking. Throws the DomainError the user should see.
 */
export function checkMove(
  from: ApplicationStatus,
  to: ApplicationStatus,
  actor: Actor | null,
  note: string | null,
  via: Via = 'moveApplication',
): void {
  const only = ONLY_VIA[to];
  if (only && only !== via) {
    throw badInput('status', Reasons.USE_OTHER_OPERATION, `status: ${to} is not set with ${via}; use ${only}(applicationId), which also takes a place.`);
  }
  const move = WORKFLOW[from][to];
  if (!move) {
    throw conflict(Reasons.MOVE_NOT_ALLOWED, `An application that is ${from} cannot move to ${to}. It can move to: ${allowedMoves(from)}.`, {
      from,
      to,
    });
  }
  if (actor !== move.by) {
    throw forbidden(Reasons.NOT_YOURS, `Only the ${move.by === 'COMPANY' ? 'company that posted the assignment' : 'applicant'} may move an application from ${from} to ${to}.`);
  }
  if (move.noteRequired && !note) {
    throw badInput('note', Reasons.NOTE_REQUIRED, `note: say why: moving an application from ${from} to ${to} needs a note for the student.`);
  }
}
