import { EventTypes, type EventType } from '@cb/contracts';
import type { EventEnvelope, Handler, Subscriptions } from '@cb/kit';
import type { InboxUseCases } from '../app/inbox';
import type { SavedSearchUseCases } from '../app/saved-searches';
import { draftsFor } from '../domain/notification';

/** What the notifications service listens to: who hears of what is decided in domain/notification.ts. */
export function notificationSubscriptions(inbox: InboxUseCases, searches: SavedSearchUseCases): Subscriptions {
  const notify = <T extends EventType>(): Handler<T> => (e: EventEnvelope<T>) => inbox.record(draftsFor(e.type, e.id, e.data), e.time);
  const assignment: Handler<typeof EventTypes.assignmentChanged | typeof EventTypes.assignmentClosed> = (e) => inbox.rememberAssignment(e.data, e.time);
  return {
    [EventTypes.applicationSubmitted]: notify(),
    [EventTypes.applicationMoved]: notify(),
    [EventTypes.placementConfirmed]: notify(),
    [EventTypes.placementChanged]: notify(),
    [EventTypes.companyUpdated]: notify(),
    [EventTypes.assignmentChanged]: assignment,
    [EventTypes.assignmentPublished]: async (e) => {
      await inbox.rememberAssignment(e.data, e.time);
      await inbox.record(await searches.alertsFor(e.data, e.data.publishedAt ?? e.time), e.time);
    },
    [EventTypes.assignmentClosed]: assignment,
    [EventTypes.studentErased]: async (e) => {
      await searches.eraseStudent(e.data.studentId);
      await inbox.eraseStudent(e.data.studentId, e.time);
    },
    [EventTypes.companyRemoved]: (e) => inbox.removeCompany(e.data.companyId),
    [EventTypes.accountMailRequested]: (e) => inbox.queueAccountMail(e.data, e.time),
  };
}
