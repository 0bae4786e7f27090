import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { NotificationException } from '../../notification.exception';
import { markUnreadNotificationsRead } from '../notifications.queries';

/** More than a client shows at once; "mark all" covers the rest. */
export const MAX_IDS_PER_MARK = 100;

/**
 * Marks the caller's own notifications read. Ids of other users' notifications simply match no row of the caller's,
 * so the answer (how many changed) is the same as for ids that do not exist: nothing about them is revealed.
 */
@Injectable()
export class MarkNotificationsReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async markRead(caller: AuthUser, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_IDS_PER_MARK) {
      throw NotificationException.invalidInput([
        { field: 'ids', message: `一度に既読にできるのは${MAX_IDS_PER_MARK}件までです。` },
      ]);
    }
    // A malformed id cannot name anyone's notification, so refusing it reveals nothing.
    if (ids.some((id) => !isUUID(id))) {
      throw NotificationException.invalidInput([
        { field: 'ids', message: 'お知らせの指定が正しくありません。' },
      ]);
    }
    if (!ids.length) return 0;
    return markUnreadNotificationsRead(this.dataSource.manager, caller.id, ids);
  }

  markAll(caller: AuthUser): Promise<number> {
    return markUnreadNotificationsRead(this.dataSource.manager, caller.id, null);
  }
}
