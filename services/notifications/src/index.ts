export { notificationsService, type NotificationsHandle, type NotificationsOptions } from './service';
export { InboxUseCases } from './app/inbox';
export { MailRelay } from './app/mail-relay';
