import { isCompany, isStaff, isVerified, type Viewer } from '@cb/kit/core';

/**
 * Who may do what with an organisation: named predicates, tested as a table
 * (test/policy.test.ts). Use cases and resolvers ask these; they decide nothing inline.
 */

/** Approved organisations are public; one under review only to itself and staff. */
export const maySeeCompany = (viewer: Viewer | undefined, company: { id: string; status: string }): boolean =>
  company.status === 'APPROVED' || isStaff(viewer) || isCompany(viewer, company.id);

/** The KvK number, the contact person and staff's review note: for the organisation itself and staff. */
export const maySeeCompanyPrivate = (viewer: Viewer | undefined, companyId: string): boolean => isStaff(viewer) || isCompany(viewer, companyId);

/** The organisation keeps its own profile; staff may correct it. */
export const mayEditCompanyProfile = (viewer: Viewer | undefined, companyId: string): boolean => isStaff(viewer) || isCompany(viewer, companyId);

/** Approving, rejecting and asking for information are staff's decisions. */
export const mayReviewCompany = (viewer: Viewer | undefined): boolean => isStaff(viewer);

/** Only staff list the organisations awaiting review. */
export const mayListUnapproved = (viewer: Viewer | undefined): boolean => isStaff(viewer);

/**
 * An organisation publishes only once its contact opened the verification link (issue 14), whoever
 * presses publish; signing in and editing the profile need no verification.
 */
export const mayPublishWithContactOf = (company: { emailVerifiedAt?: string | null }): boolean => isVerified(company);

/** An edit by the organisation itself (not a correction by staff) answers staff's request for information. */
export const answersInformationRequest = (viewer: Viewer | undefined): boolean => !isStaff(viewer);

/** An organisation's drafts and closed assignments, in its list: for the organisation itself and staff. */
export const maySeeUnpublished = (viewer: Viewer | undefined, companyId: string): boolean => isStaff(viewer) || isCompany(viewer, companyId);

/** An assignment is changed (edited, published, closed) by its organisation, or by staff. */
export const mayChangeAssignment = (viewer: Viewer | undefined, assignment: { companyId: string }): boolean => isStaff(viewer) || isCompany(viewer, assignment.companyId);
