import { scalarResolvers } from '@cb/kit';
import type { InboxUseCases } from '../app/inbox';
import type { Resolvers } from './__generated__/resolvers-types';

export function notificationResolvers(inbox: InboxUseCases): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      notifications: (_, args, ctx) => inbox.list(ctx.viewer, args),
    },
    Mutation: {
      markNotificationsRead: (_, args, ctx) => inbox.markRead(ctx.viewer, args.ids),
    },
  };
}
