export { NotificationEntity } from './notification.entity';
export { NotificationsModule } from './notifications.module';
export { NotifyUsersService } from './services/notify-users.service';
export type { NotificationDraft } from './services/notification-draft';
export { NotificationModel, NotificationConnection, toNotificationModel } from './notification.model';
export { NotificationException, NotificationExceptionCode } from './notification.exception';
export { deliverDatedNotification, type DatedDelivery } from './seed/deliver-dated-notification';
