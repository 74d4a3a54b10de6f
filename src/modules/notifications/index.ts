export { createNotificationService, NOTIFICATION_KINDS, type NotificationService, type NotificationInput, type NotificationKind } from './service';
export { notificationRoutes } from './routes';
