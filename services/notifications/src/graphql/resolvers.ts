import { scalarResolvers, type Resolvers } from '@cb/kit';
import type { InboxUseCases } from '../app/inbox';

export function notificationResolvers(inbox: InboxUseCases): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      notifications: (_: unknown, args: { unreadOnly?: boolean | null; page?: number | null; pageSize?: number | null }, ctx) => inbox.list(ctx.viewer, args),
    },
    Mutation: {
      markNotificationsRead: (_: unknown, args: { ids: unknown }, ctx) => inbox.markRead(ctx.viewer, args.ids),
      markAllNotificationsRead: (_: unknown, _args: unknown, ctx) => inbox.markAllRead(ctx.viewer),
    },
  };
}
