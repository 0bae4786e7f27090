import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NOTIFICATION_RECIPIENTS } from '../notifications-roles';
import { NotificationsArgs } from './dtos/notifications.args';

import { NotificationConnection, NotificationModel, toNotificationModel } from './notification.model';

import { MarkNotificationsReadService } from './services/mark-notifications-read.service';
import { NotificationQueryService } from './services/notification-query.service';

// Every operation works on the caller's own notifications only; no argument names another user.
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly queries: NotificationQueryService,
    private readonly marks: MarkNotificationsReadService,
  ) {}

  @Query(() => NotificationConnection, {
    complexity: connectionComplexity,
    description: '自分へのお知らせ (新しい順) / The signed-in user’s notifications, newest first.',
  })
  @Roles(...NOTIFICATION_RECIPIENTS)
  async notifications(
    @CurrentUser() caller: AuthUser,
    @Args() args: NotificationsArgs,
  ): Promise<Connection<NotificationModel>> {
    const page = await this.queries.list(caller, {
      unreadOnly: args.unreadOnly,
      first: args.first,
      after: args.after,
    });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNotificationModel(e.node) })),
    };
  }

  @Query(() => Int, { description: '自分の未読のお知らせの件数 / Number of unread notifications.' })
  @Roles(...NOTIFICATION_RECIPIENTS)
  unreadNotificationCount(@CurrentUser() caller: AuthUser): Promise<number> {
    return this.queries.unreadCount(caller);
  }

  @Mutation(() => Int, {
    description:
      '指定したお知らせを既読にし、既読になった件数を返す (自分のもの以外は変わらない) / Mark notifications read; returns how many changed.',
  })
  @Roles(...NOTIFICATION_RECIPIENTS)
  markNotificationsRead(
    @CurrentUser() caller: AuthUser,
    @Args('ids', { type: () => [ID], description: 'お知らせのID / Notification ids.' }) ids: string[],
  ): Promise<number> {
    return this.marks.markRead(caller, ids);
  }

  @Mutation(() => Int, {
    description: '自分のお知らせをすべて既読にし、件数を返す / Mark all own notifications read.',
  })
  @Roles(...NOTIFICATION_RECIPIENTS)
  markAllNotificationsRead(@CurrentUser() caller: AuthUser): Promise<number> {
    return this.marks.markAll(caller);
  }
}
