import { Reasons } from '@cb/contracts';
import type { Role } from '@cb/contracts';
import { forbidden, unauthenticated } from '../errors';

/** Who is asking. Anonymous callers have no viewer at all. */
export interface Viewer {
  accountId: string;
  role: Role;
  /** Set for role STUDENT. */
  studentId?: string;
  /** Set for role COMPANY. */
  companyId?: string;
  /** When the token was issued (seconds since the epoch, with the milliseconds of `iatMs` where the token has them); for revocation. */
  issuedAt?: number;
}

/** Who an account is, as its owner's credential check answers before a token exists. */
export type Principal = Omit<Viewer, 'issuedAt'>;

export function requireViewer(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireRole(viewer: Viewer | undefined, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.includes(v.role)) throw forbidden(roles.length === 1 && roles[0] === 'STAFF' ? Reasons.STAFF_ONLY : Reasons.ROLE_NOT_ALLOWED, `Only ${roles.join(' or ').toLowerCase()} accounts may do this.`);
  return v;
}

export const isStaff = (viewer: Viewer | undefined) => viewer?.role === 'STAFF';
export const isStudent = (viewer: Viewer | undefined, studentId: string) =>
  viewer?.role === 'STUDENT' && viewer.studentId === studentId;
export const isCompany = (viewer: Viewer | undefined, companyId: string) =>
  viewer?.role === 'COMPANY' && viewer.companyId === companyId;

/**
 * `x.emailVerifiedAt`: absent on records made before verification existed (they count as verified,
 * which is the migration), null until verified, the instant after.
 */
export const isVerified = (account: { emailVerifiedAt?: string | null }) => account.emailVerifiedAt !== null;
