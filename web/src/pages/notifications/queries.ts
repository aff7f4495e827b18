import { graphql } from '../../api/__generated__';

/** The header's badge: only the count (one item, the smallest page). */
export const UNREAD_COUNT = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true, pageSize: 1) {
      unreadCount
    }
  }
`);

export const INBOX = graphql(`
  query Inbox($page: Int!, $pageSize: Int!) {
    notifications(page: $page, pageSize: $pageSize) {
      total
      unreadCount
      items { ...InboxItem }
    }
  }
`);

/** One notification as the inbox lists it (and the my-data download keeps it). */
export const INBOX_ITEM = graphql(`
  fragment InboxItem on Notification {
    id
    kind
    createdAt
    readAt
    link
    title
    body
  }
`);

export const MARK_READ = graphql(`mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);

export const MARK_ALL_READ = graphql(`mutation MarkAllNotificationsRead { markAllNotificationsRead }`);

/** How one kind of notification reaches the user by mail (the my-data download keeps it too). */
export const MAIL_PREFERENCE = graphql(`
  fragment MailPreference on NotificationPreference { kind delivery }
`);

export const MAIL_PREFERENCES = graphql(`query MailPreferences { notificationPreferences { ...MailPreference } }`);

export const SET_MAIL_PREFERENCE = graphql(`
  mutation SetMailPreference($kind: NotificationKind!, $delivery: MailDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) { ...MailPreference }
  }
`);

export const SAVED_SEARCHES = graphql(`
  query SavedSearches {
    savedSearches {
      id
      name
      query
      createdAt
    }
  }
`);

export const SAVE_SEARCH = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
    }
  }
`);

export const DELETE_SAVED_SEARCH = graphql(`mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }`);
