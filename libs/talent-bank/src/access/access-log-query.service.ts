import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import type { AccessLogFilter } from './dtos/access-log.inputs';
import { AccessLogEntity } from './access-log.entity';

/** The access log for administrators, newest first; filterable by registrant, user, outcome, action and period. */
@Injectable()
export class AccessLogQueryService {
  constructor(@InjectRepository(AccessLogEntity) private readonly log: Repository<AccessLogEntity>) {}

  async list(
    filter: AccessLogFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<AccessLogEntity>> {
    const qb = this.filtered(filter);
    const totalCount = await qb.getCount();
    if (page.after) {
      const [id] = decodeCursor(page.after, 1);
      if (typeof id !== 'string' || !/^\d+$/.test(id))
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      qb.andWhere('l.id < CAST(:id AS bigint)', { id });
    }
    const rows = await qb
      .orderBy('l.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.id]);
  }

  /** Every entry the filter gives, newest first, at most `limit` (the export asks one more to know it was cut). */
  async listAll(filter: AccessLogFilter, limit: number): Promise<AccessLogEntity[]> {
    return this.filtered(filter).orderBy('l.id', 'DESC').take(limit).getMany();
  }

  private filtered(filter: AccessLogFilter) {
    const qb = this.log.createQueryBuilder('l');
    const bad = (field: string, message: string) =>
      new BadUserInputError([{ field: `filter.${field}`, message }]);
    if (filter.registrantId) {
      if (!isUUID(filter.registrantId)) throw bad('registrantId', '登録者の指定が正しくありません。');
      qb.andWhere('l.registrant_id = :registrantId', { registrantId: filter.registrantId });
    }
    if (filter.actorUserId) {
      if (!isUUID(filter.actorUserId)) throw bad('actorUserId', '利用者の指定が正しくありません。');
      qb.andWhere('l.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    }
    if (filter.outcome) qb.andWhere('l.outcome = :outcome', { outcome: filter.outcome });
    if (filter.action) qb.andWhere('l.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('l.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('l.occurred_at < :to', { to: filter.to });
    return qb;
  }
}
