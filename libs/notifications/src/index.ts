export { NotificationEntity } from './notifications/notification.entity';
export { NotificationsModule } from './notifications.module';
export { NotifyUsersService } from './notifications/services/notify-users.service';
export type { NotificationDraft } from './notifications/services/notification-draft';
export {
  NotificationModel,
  NotificationConnection,
  toNotificationModel,
} from './notifications/notification.model';
export { NotificationException, NotificationExceptionCode } from './notification.exception';
export { deliverDatedNotification, type DatedDelivery } from './seed/deliver-dated-notification';
