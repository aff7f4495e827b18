import { createHash } from 'node:crypto';
import { EventTypes, Reasons, type EventData, type EventType } from '@cb/contracts';
import type { Doc } from '@cb/kit/core';

/** Whose inbox: a student's own, or an organisation's (every user of the organisation sees it). */
export type OwnerKind = 'STUDENT' | 'COMPANY';
export interface Owner {
  kind: OwnerKind;
  id: string;
}

/**
 * Every kind of notification, with the inboxes it reaches: the one list of kinds (the GraphQL enum
 * NotificationKind, in this order) and of what each owner may choose a mail delivery for (preferences.ts).
 */
const RECEIVERS = {
  APPLICATION_RECEIVED: ['COMPANY'],
  APPLICATION_IN_REVIEW: ['STUDENT'],
  INTERVIEW_INVITED: ['STUDENT'],
  OFFER_MADE: ['STUDENT'],
  APPLICATION_REJECTED: ['STUDENT'],
  OFFER_ACCEPTED: ['COMPANY'],
  OFFER_DECLINED: ['COMPANY'],
  APPLICATION_WITHDRAWN: ['COMPANY'],
  OFFER_LAPSED: ['STUDENT', 'COMPANY'],
  PLACEMENT_CONFIRMED: ['STUDENT', 'COMPANY'],
  PLACEMENT_STARTED: ['STUDENT', 'COMPANY'],
  ORGANISATION_APPROVED: ['COMPANY'],
  ORGANISATION_REJECTED: ['COMPANY'],
  NEW_MATCHING_ASSIGNMENT: ['STUDENT'],
} as const satisfies Record<string, readonly OwnerKind[]>;

export type NotificationKind = keyof typeof RECEIVERS;
export const NOTIFICATION_KINDS = Object.keys(RECEIVERS) as readonly NotificationKind[];

/** The kinds that reach an owner's inbox, in the order of NOTIFICATION_KINDS. */
export const kindsReaching = (owner: OwnerKind): readonly NotificationKind[] =>
  NOTIFICATION_KINDS.filter((kind) => (RECEIVERS[kind] as readonly OwnerKind[]).includes(owner));

/** The ids a notification is about; names and titles are looked up when it is read. */
export interface Subject {
  applicationId?: string | null;
  assignmentId?: string | null;
  placementId?: string | null;
  companyId?: string | null;
  studentId?: string | null;
  savedSearchId?: string | null;
}

export interface Notification extends Doc {
  ownerKind: OwnerKind;
  ownerId: string;
  kind: NotificationKind;
  /** The event's time, so a replay rebuilds the same inbox. */
  createdAt: string;
  readAt: string | null;
  /** 1 while unread, so the unread count is one indexed count. */
  unread: 0 | 1;
  link: string;
  subject: Subject;
  /** Top-level copy of subject.studentId: erasure finds the organisations' notifications about the student. */
  studentId: string | null;
}

export const NOTIFICATIONS = {
  name: 'notifications',
  indexes: [{ fields: ['ownerKind', 'ownerId', 'createdAt'] }, { fields: ['ownerKind', 'ownerId', 'unread'] }, { fields: ['studentId'] }],
};

/** What an event means for someone's inbox, before it is stored. */
export interface NotificationDraft {
  owner: Owner;
  kind: NotificationKind;
  subject: Subject;
  /**
   * What makes it one notification: the event id for most, the object for those that must come
   * once however many events say it (a placement started, an organisation approved).
   */
  once: string;
}

/**
 * The notification's id from what makes it one and whose it is: a duplicate or replayed event
 * yields the same id, so the inbox can never hold it twice (even if the consumer's inbox record
 * was lost in a crash).
 */
export const notificationId = (d: Pick<NotificationDraft, 'owner' | 'kind' | 'once'>) =>
  `ntf_${createHash('sha256').update(`${d.kind}|${d.once}|${d.owner.kind}|${d.owner.id}`).digest('base64url').slice(0, 27)}`;

export function linkFor(owner: Owner, kind: NotificationKind, subject: Subject): string {
  if (kind === 'NEW_MATCHING_ASSIGNMENT' && subject.assignmentId) return `/assignments/${encodeURIComponent(subject.assignmentId)}`;
  if (owner.kind === 'STUDENT') return '/student/applications';
  if (kind === 'ORGANISATION_APPROVED' || kind === 'ORGANISATION_REJECTED') return '/company';
  return subject.assignmentId ? `/company/assignments/${encodeURIComponent(subject.assignmentId)}/applicants` : '/company';
}

type Moved = EventData<typeof EventTypes.applicationMoved>;

/** Application moves the student hears of: the organisation's decisions. */
const TO_STUDENT: Partial<Record<Moved['status'], NotificationKind>> = {
  IN_REVIEW: 'APPLICATION_IN_REVIEW',
  INTERVIEW: 'INTERVIEW_INVITED',
  OFFERED: 'OFFER_MADE',
  REJECTED: 'APPLICATION_REJECTED',
};
/** Application moves the organisation hears of: the student's own (and the marketplace's on their behalf). */
const TO_COMPANY: Partial<Record<Moved['status'], NotificationKind>> = {
  ACCEPTED: 'OFFER_ACCEPTED',
  DECLINED: 'OFFER_DECLINED',
  WITHDRAWN: 'APPLICATION_WITHDRAWN',
};

/** Who moved it: events from before `by` travelled say it by the status (DESIGN.md §4's workflow). */
function mover(d: Moved): 'STUDENT' | 'COMPANY' | 'STAFF' | 'SYSTEM' {
  if (d.by) return d.by;
  return d.status in TO_COMPANY ? 'STUDENT' : 'COMPANY';
}

/**
 * The one place that decides who hears of what. `eventId` makes each draft one; the inputs are
 * the event's facts only (ids and statuses), never personal data.
 */
export function draftsFor<T extends EventType>(type: T, eventId: string, data: EventData<T>): NotificationDraft[] {
  switch (type) {
    case EventTypes.applicationSubmitted: {
      const d = data as EventData<typeof EventTypes.applicationSubmitted>;
      return [{ owner: { kind: 'COMPANY', id: d.companyId }, kind: 'APPLICATION_RECEIVED', subject: applicationSubject(d), once: eventId }];
    }
    case EventTypes.applicationMoved: {
      const d = data as Moved;
      const subject = applicationSubject(d);
      const student: Owner = { kind: 'STUDENT', id: d.studentId };
      const company: Owner = { kind: 'COMPANY', id: d.companyId };
      if (d.status === 'DECLINED' && d.by === 'SYSTEM' && d.reason === Reasons.OFFER_EXPIRED) {
        return [student, company].map((owner) => ({ owner, kind: 'OFFER_LAPSED' as const, subject, once: eventId }));
      }
      const by = mover(d);
      const toStudent = TO_STUDENT[d.status];
      if (toStudent && (by === 'COMPANY' || by === 'STAFF')) return [{ owner: student, kind: toStudent, subject, once: eventId }];
      const toCompany = TO_COMPANY[d.status];
      if (toCompany && (by === 'STUDENT' || by === 'SYSTEM')) return [{ owner: company, kind: toCompany, subject, once: eventId }];
      return [];
    }
    case EventTypes.placementConfirmed:
    case EventTypes.placementChanged: {
      const d = data as EventData<typeof EventTypes.placementConfirmed>;
      const subject: Subject = { applicationId: d.applicationId, assignmentId: d.assignmentId, placementId: d.placementId, companyId: d.companyId, studentId: d.studentId };
      // A start-date correction publishes `changed` again with ACTIVE: keyed on the placement, it still comes once.
      const kind: NotificationKind | undefined =
        type === EventTypes.placementConfirmed ? 'PLACEMENT_CONFIRMED' : d.status === 'ACTIVE' ? 'PLACEMENT_STARTED' : undefined;
      if (!kind) return [];
      const owners: Owner[] = [{ kind: 'STUDENT', id: d.studentId }, { kind: 'COMPANY', id: d.companyId }];
      return owners.map((owner) => ({ owner, kind, subject, once: d.placementId }));
    }
    case EventTypes.companyUpdated: {
      const d = data as EventData<typeof EventTypes.companyUpdated>;
      const owner: Owner = { kind: 'COMPANY', id: d.companyId };
      const subject: Subject = { companyId: d.companyId };
      // Every later profile edit repeats `approved: true`; keyed on the organisation, it is said once.
      if (d.approved) return [{ owner, kind: 'ORGANISATION_APPROVED', subject, once: d.companyId }];
      if (d.review === 'REJECTED') return [{ owner, kind: 'ORGANISATION_REJECTED', subject, once: d.companyId }];
      return [];
    }
    default:
      return [];
  }
}

function applicationSubject(d: { applicationId: string; assignmentId: string; companyId: string; studentId: string }): Subject {
  return { applicationId: d.applicationId, assignmentId: d.assignmentId, companyId: d.companyId, studentId: d.studentId };
}
