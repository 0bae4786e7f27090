import type { AuthUser } from '@kakehashi/authz';
import { decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { IsNull, type Repository } from 'typeorm';
import { NotificationEntity } from '../notification.entity';
import { NotificationException } from '../../notification.exception';

export interface NotificationListRequest {
  unreadOnly: boolean;
  first: number;
  after?: string | null;
}

// created_at is compared at full (microsecond) precision, which a JS Date would lose: the cursor carries it as text.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The caller's own notifications: newest first on a stable keyset (created_at, id), and the unread count. */
@Injectable()
export class NotificationQueryService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async list(caller: AuthUser, request: NotificationListRequest): Promise<Connection<NotificationEntity>> {
    const qb = this.notifications.createQueryBuilder('n').where('n.userId = :userId', { userId: caller.id });
    if (request.unreadOnly) qb.andWhere('n.readAt IS NULL');
    const totalCount = await qb.getCount();
    if (request.after) {
      const [afterCreated, afterId] = decodeCursor(request.after, 2);
      if (
        typeof afterCreated !== 'string' ||
        !CURSOR_TIME.test(afterCreated) ||
        typeof afterId !== 'string' ||
        !isUUID(afterId)
      ) {
        throw NotificationException.invalidInput([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      qb.andWhere('(n.createdAt, n.id) < (CAST(:afterCreated AS timestamptz), CAST(:afterId AS uuid))', {
        afterCreated,
        afterId,
      });
    }
    const rows = await qb
      .addSelect(`to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'n_created_key')
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(request.first + 1)
      .getRawAndEntities();
    const keys = new Map(
      rows.raw.map((raw: { n_id: string; n_created_key: string }) => [raw.n_id, raw.n_created_key]),
    );
    return toConnection(rows.entities, request.first, totalCount, (n) => [keys.get(n.id) ?? '', n.id]);
  }

  unreadCount(caller: AuthUser): Promise<number> {
    return this.notifications.countBy({ userId: caller.id, readAt: IsNull() });
  }
}
