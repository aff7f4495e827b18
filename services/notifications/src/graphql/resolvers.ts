import { scalarResolvers } from '@cb/kit';
import type { InboxUseCases } from '../app/inbox';
import type { MailPreferenceUseCases } from '../app/mail-preferences';
import type { SavedSearchUseCases } from '../app/saved-searches';
import type { Resolvers } from './__generated__/resolvers-types';

export function notificationResolvers(inbox: InboxUseCases, preferences: MailPreferenceUseCases, searches: SavedSearchUseCases): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      notifications: (_, args, ctx) => inbox.list(ctx.viewer, args),
      notificationPreferences: (_, __, ctx) => preferences.list(ctx.viewer),
      savedSearches: (_, __, ctx) => searches.list(ctx.viewer),
    },
    Mutation: {
      markNotificationsRead: (_, args, ctx) => inbox.markRead(ctx.viewer, args.ids),
      markAllNotificationsRead: (_, __, ctx) => inbox.markAllRead(ctx.viewer),
      setNotificationPreference: (_, args, ctx) => preferences.set(ctx.viewer, args.kind, args.delivery),
      saveSearch: (_, args, ctx) => searches.save(ctx.viewer, args.input),
      deleteSavedSearch: (_, args, ctx) => searches.delete(ctx.viewer, args.id),
    },
  };
}
