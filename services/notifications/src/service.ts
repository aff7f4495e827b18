import { subgraphTypeDefs } from '@cb/contracts';
import { schedulePasses, type ServiceDefinition } from '@cb/kit';
import { DailyDigest } from './app/daily-digest';
import { InboxUseCases } from './app/inbox';
import { MailPreferenceUseCases } from './app/mail-preferences';
import { MailRelay } from './app/mail-relay';
import { SavedSearchUseCases } from './app/saved-searches';
import { mailTransportFor } from './config';
import { notificationSubscriptions } from './events/subscriptions';
import { notificationResolvers } from './graphql/resolvers';
import { subgraphContacts, type OwnerUrls } from './mail/contacts';

export interface NotificationsOptions {
  /** Where the students and companies subgraphs answer the internal contact fields. */
  ownerUrls: () => OwnerUrls;
}

/** The relay of the running service, for tests that do not want to wait for its poll. */
export interface NotificationsHandle {
  relay?: MailRelay;
}

/**
 * Notifications: each person's inbox and the mail outbox. Learns from events only; resolves an
 * address from its owner (students, companies) when a mail is sent.
 */
export function notificationsService(options: NotificationsOptions, handle: NotificationsHandle = {}): ServiceDefinition {
  return {
    name: 'notifications',
    typeDefs: subgraphTypeDefs('notifications'),
    async compose({ store, runtime }) {
      const env = runtime.env;
      const transport = mailTransportFor(env);
      // The inbox and the relay know each other: the closures below read `relay` only once both exist.
      const contacts = subgraphContacts(options.ownerUrls, runtime.internalKey);
      const inbox = new InboxUseCases(store, () => new Date(), () => relay.wake(), (ids) => relay.forget(ids), (owner) => contacts.languageOf(owner));
      const relay: MailRelay = new MailRelay(inbox, contacts, transport, {
        from: env.MAIL_FROM,
        publicUrl: env.CB_PUBLIC_URL,
        pollMs: env.CB_MAIL_POLL_MS,
        retryMs: env.CB_MAIL_RETRY_MS,
        retryMaxMs: env.CB_MAIL_RETRY_MAX_MS,
      });
      handle.relay = relay;
      relay.start();
      const digest = new DailyDigest(inbox, () => new Date(), () => relay.wake());
      const digests = schedulePasses('notifications', 'daily digest', async () => void (await digest.run()), env.CB_DIGEST_INTERVAL_MS);
      const searches = new SavedSearchUseCases(store);
      return {
        resolvers: notificationResolvers(inbox, new MailPreferenceUseCases(store), searches),
        subscriptions: notificationSubscriptions(inbox, searches),
        stop: async () => {
          await digests.stop();
          await relay.stop();
        },
      };
    },
  };
}
