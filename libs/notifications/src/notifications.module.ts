import { identityEntities } from '@kakehashi/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { MarkNotificationsReadService } from './notifications/services/mark-notifications-read.service';
import { NotificationQueryService } from './notifications/services/notification-query.service';
import { NotifyUsersService } from './notifications/services/notify-users.service';

/**
 * In-app notifications: other modules deliver them with NotifyUsersService; every signed-in user reads and marks
 * their own through GraphQL. Needs a TypeORM root connection.
 */
@Module({
  // The user entities only because NotificationEntity relates to UserEntity (and it to offices).
  imports: [TypeOrmModule.forFeature([NotificationEntity, ...identityEntities])],
  providers: [
    NotifyUsersService,
    NotificationQueryService,
    MarkNotificationsReadService,
    NotificationsResolver,
  ],
  exports: [NotifyUsersService],
})
export class NotificationsModule {}
