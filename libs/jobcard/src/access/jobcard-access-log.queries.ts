import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { JobcardAccessLogFilter } from './dtos/jobcard-access-log.inputs';
import { JobcardAccessLogEntity } from './jobcard-access-log.entity';

/** The Job Card access log for administrators, newest first. */
@Injectable()
export class JobcardAccessLogQueries {
  constructor(
    @InjectRepository(JobcardAccessLogEntity) private readonly log: Repository<JobcardAccessLogEntity>,
  ) {}

  async list(
    filter: JobcardAccessLogFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<JobcardAccessLogEntity>> {
    const qb = this.log.createQueryBuilder('l');
    if (filter.recordKind) qb.andWhere('l.record_kind = :kind', { kind: filter.recordKind });
    if (filter.recordId) qb.andWhere('l.record_id = :recordId', { recordId: filter.recordId });
    if (filter.actorUserId) qb.andWhere('l.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.outcome) qb.andWhere('l.outcome = :outcome', { outcome: filter.outcome });
    if (filter.action) qb.andWhere('l.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('l.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('l.occurred_at < :to', { to: filter.to });
    const totalCount = await qb.getCount();
    if (page.after) {
      const [id] = decodeCursor(page.after, 1);
      if (typeof id !== 'string' || !/^\d+$/.test(id)) {
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      qb.andWhere('l.id < CAST(:id AS bigint)', { id });
    }
    const rows = await qb
      .orderBy('l.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.id]);
  }
}
