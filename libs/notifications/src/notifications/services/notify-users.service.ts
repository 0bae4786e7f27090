import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertNotifications } from '../notifications.queries';
import { assertValidDelivery, type NotificationDraft } from './notification-draft';

/** Delivers one notification to several users; the one way other modules write notifications. */
@Injectable()
export class NotifyUsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One row per distinct user; users who already have `draft.dedupeKey` get nothing new. Returns how many rows were
   * created. Pass the caller's `manager` to notify inside its transaction (a rollback then leaves nothing).
   */
  async notify(userIds: string[], draft: NotificationDraft, manager?: EntityManager): Promise<number> {
    assertValidDelivery(userIds, draft);
    if (!userIds.length) return 0;
    return insertNotifications(manager ?? this.dataSource.manager, userIds, draft);
  }
}
