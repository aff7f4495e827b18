import { scalarResolvers, type Resolvers } from '@cb/kit';
import type { InboxUseCases } from '../app/inbox';
import type { MailPreferenceUseCases } from '../app/mail-preferences';
import type { SavedSearchUseCases } from '../app/saved-searches';
import type { NotificationKind } from '../domain/notification';
import type { MailDelivery } from '../domain/preferences';

export function notificationResolvers(inbox: InboxUseCases, preferences: MailPreferenceUseCases, searches: SavedSearchUseCases): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      notifications: (_: unknown, args: { unreadOnly?: boolean | null; page?: number | null; pageSize?: number | null }, ctx) => inbox.list(ctx.viewer, args),
      notificationPreferences: (_: unknown, _args: unknown, ctx) => preferences.list(ctx.viewer),
      savedSearches: (_: unknown, _args: unknown, ctx) => searches.list(ctx.viewer),
    },
    Mutation: {
      markNotificationsRead: (_: unknown, args: { ids: unknown }, ctx) => inbox.markRead(ctx.viewer, args.ids),
      markAllNotificationsRead: (_: unknown, _args: unknown, ctx) => inbox.markAllRead(ctx.viewer),
      setNotificationPreference: (_: unknown, args: { kind: NotificationKind; delivery: MailDelivery }, ctx) => preferences.set(ctx.viewer, args.kind, args.delivery),
      saveSearch: (_: unknown, args: { input: unknown }, ctx) => searches.save(ctx.viewer, args.input),
      deleteSavedSearch: (_: unknown, args: { id: string }, ctx) => searches.delete(ctx.viewer, args.id),
    },
  };
}
