import { z } from 'zod';
import { APPLICATION_STATUSES, ASSIGNMENT_STATUSES, ASSIGNMENT_TYPES, STUDY_LEVELS, WORKING_LANGUAGES } from '../enums';

/**
 * Every event of the marketplace, once: its type name, its topic and the schema of its data.
 * Events carry ids and the facts other services need, never direct personal data (no names,
 * e-mail addresses, motivations or notes): DESIGN.md §2.
 *
 * Versioning: an additive change (a new optional field) keeps the version; a breaking change adds
 * a `.v2` type published beside `.v1` until every consumer has moved. Consumers parse with
 * `.passthrough()`-free object schemas that ignore unknown fields, so additions never break them.
 */
export const Topics = {
  students: 'careerboost.students',
  companies: 'careerboost.companies',
  assignments: 'careerboost.assignments',
  applications: 'careerboost.applications',
  placements: 'careerboost.placements',
  /** Account life (mail to send, sessions ended) of every account owner: ids and facts only. */
  accounts: 'careerboost.accounts',
} as const;
export type Topic = (typeof Topics)[keyof typeof Topics];

const id = z.string().min(1).max(64);
/** What an account mail is for: a password reset, or verifying the account's (new) address. */
export const ACCOUNT_MAIL_PURPOSES = ['PASSWORD_RESET', 'VERIFY_EMAIL'] as const;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().datetime({ offset: true });
const skillLevel = z.object({ skillId: id, level: z.number().int().min(1).max(4) });

const studentFacts = z.object({
  studentId: id,
  institutionId: id,
  programmeId: id,
  level: z.enum(STUDY_LEVELS),
  studyYear: z.number().int().min(1).max(8),
  skills: z.array(skillLevel),
  preferences: z.object({
    sectors: z.array(z.string()),
    types: z.array(z.enum(ASSIGNMENT_TYPES)),
    municipalities: z.array(z.string()),
    availableFrom: date.nullable(),
    availableUntil: date.nullable(),
    hoursPerWeek: z.number().int().nullable(),
  }),
  discoverable: z.boolean(),
  /** Additive: false until the student opened the verification link; absent (older events) counts as verified. */
  emailVerified: z.boolean().optional(),
});

const companyFacts = z.object({
  companyId: id,
  /** An organisation's name is not personal data; search needs it. */
  name: z.string(),
  municipality: z.string(),
  sector: z.string(),
  impactLabel: z.boolean(),
  mboAkkoord: z.boolean(),
  approved: z.boolean(),
  /** Staff's review (additive): lets the organisation hear of a rejection, which changes no other fact. */
  review: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'INFORMATION_REQUESTED']).optional(),
});

const assignmentFacts = z.object({
  assignmentId: id,
  companyId: id,
  status: z.enum(ASSIGNMENT_STATUSES),
  title: z.string(),
  description: z.string(),
  type: z.enum(ASSIGNMENT_TYPES),
  levels: z.array(z.enum(STUDY_LEVELS)),
  sector: z.string(),
  requiredSkills: z.array(skillLevel),
  niceToHaveSkills: z.array(skillLevel),
  periodStart: date,
  periodEnd: date,
  hoursPerWeek: z.number().int(),
  municipality: z.string(),
  remote: z.boolean(),
  places: z.number().int().min(1),
  applicationDeadline: date.nullable(),
  allowancePerMonth: z.number().nullable(),
  language: z.enum(WORKING_LANGUAGES),
  publishedAt: instant.nullable(),
});

const applicationFacts = z.object({
  applicationId: id,
  assignmentId: id,
  studentId: id,
  companyId: id,
  status: z.enum(APPLICATION_STATUSES),
  at: instant,
});

const placementFacts = z.object({
  placementId: id,
  applicationId: id,
  assignmentId: id,
  studentId: id,
  companyId: id,
  status: z.enum(['CONFIRMED', 'ACTIVE', 'COMPLETED', 'CANCELLED']),
  confirmedAt: instant,
  startDate: date.nullable(),
  endDate: date.nullable(),
  cancelledAfterStart: z.boolean(),
});

export const EventTypes = {
  studentRegistered: 'nl.careerboost.student.registered.v1',
  studentProfileUpdated: 'nl.careerboost.student.profile-updated.v1',
  studentErased: 'nl.careerboost.student.erased.v1',
  companyRegistered: 'nl.careerboost.company.registered.v1',
  companyUpdated: 'nl.careerboost.company.updated.v1',
  companyRemoved: 'nl.careerboost.company.removed.v1',
  assignmentChanged: 'nl.careerboost.assignment.changed.v1',
  assignmentPublished: 'nl.careerboost.assignment.published.v1',
  assignmentClosed: 'nl.careerboost.assignment.closed.v1',
  applicationSubmitted: 'nl.careerboost.application.submitted.v1',
  applicationMoved: 'nl.careerboost.application.moved.v1',
  placementConfirmed: 'nl.careerboost.placement.confirmed.v1',
  placementChanged: 'nl.careerboost.placement.changed.v1',
  accountMailRequested: 'nl.careerboost.account.mail-requested.v1',
  accountSessionsEnded: 'nl.careerboost.account.sessions-ended.v1',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export const eventCatalog = {
  [EventTypes.studentRegistered]: { topic: Topics.students, data: studentFacts },
  [EventTypes.studentProfileUpdated]: { topic: Topics.students, data: studentFacts },
  [EventTypes.studentErased]: { topic: Topics.students, data: z.object({ studentId: id }) },
  [EventTypes.companyRegistered]: { topic: Topics.companies, data: companyFacts },
  [EventTypes.companyUpdated]: { topic: Topics.companies, data: companyFacts },
  /**
   * The organisation is gone (its contact never verified the address in time: the retention rule),
   * with its assignments: every service drops what it holds of it.
   */
  [EventTypes.companyRemoved]: { topic: Topics.companies, data: z.object({ companyId: id }) },
  [EventTypes.assignmentChanged]: { topic: Topics.assignments, data: assignmentFacts },
  [EventTypes.assignmentPublished]: { topic: Topics.assignments, data: assignmentFacts },
  [EventTypes.assignmentClosed]: { topic: Topics.assignments, data: assignmentFacts },
  [EventTypes.applicationSubmitted]: { topic: Topics.applications, data: applicationFacts },
  [EventTypes.applicationMoved]: {
    topic: Topics.applications,
    // `by` and `reason` (additive) say who moved it and why the system did (e.g. OFFER_EXPIRED);
    // never the note, which is free text.
    data: applicationFacts.extend({
      from: z.enum(APPLICATION_STATUSES),
      by: z.enum(['STUDENT', 'COMPANY', 'STAFF', 'SYSTEM']).optional(),
      reason: z.string().max(64).nullable().optional(),
    }),
  },
  [EventTypes.placementConfirmed]: { topic: Topics.placements, data: placementFacts },
  [EventTypes.placementChanged]: { topic: Topics.placements, data: placementFacts },
  /**
   * An account owner wants a mail with a link sent (password reset, address verification). No
   * address and no token: the notifications service queues the mail and asks the owner for both
   * when it sends it (kit/identity/account-tokens.ts says why).
   */
  [EventTypes.accountMailRequested]: {
    topic: Topics.accounts,
    data: z.object({
      mailId: id,
      owner: z.enum(['students', 'companies']),
      accountId: id,
      purpose: z.enum(ACCOUNT_MAIL_PURPOSES),
      language: z.enum(['NL', 'EN']),
    }),
  },
  /** Every token of the account issued before `at` stops working (a password reset or change). */
  [EventTypes.accountSessionsEnded]: { topic: Topics.accounts, data: z.object({ accountId: id, at: instant }) },
} as const satisfies Record<EventType, { topic: Topic; data: z.ZodTypeAny }>;

export type EventData<T extends EventType> = z.infer<(typeof eventCatalog)[T]['data']>;
export type StudentFacts = z.infer<typeof studentFacts>;
export type CompanyFacts = z.infer<typeof companyFacts>;
export type AssignmentFacts = z.infer<typeof assignmentFacts>;
export type ApplicationFacts = z.infer<typeof applicationFacts>;
export type PlacementFacts = z.infer<typeof placementFacts>;
export type AccountMailPurpose = (typeof ACCOUNT_MAIL_PURPOSES)[number];

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventCatalog, type);
}
