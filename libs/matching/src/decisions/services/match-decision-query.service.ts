import { decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import type { MatchDecisionFilterInput } from '../dtos/decision.inputs';
import { MatchDecisionEntity } from '../match-decision.entity';

/** Lists decisions newest first (keyset on decided_at, id). */
@Injectable()
export class MatchDecisionQueryService {
  constructor(
    @InjectRepository(MatchDecisionEntity) private readonly decisions: Repository<MatchDecisionEntity>,
  ) {}

  async findById(id: string): Promise<MatchDecisionEntity | null> {
    return isUUID(id) ? this.decisions.findOneBy({ id }) : null;
  }

  /** The decisions on these pairs (a pair has at most one), in one statement. */
  async onPairs(
    pairs: readonly { sendingOfferId: string; receivingOfferId: string }[],
  ): Promise<MatchDecisionEntity[]> {
    if (!pairs.length) return [];
    return this.decisions
      .createQueryBuilder('d')
      .where('(d.sendingOfferId, d.receivingOfferId) IN (SELECT * FROM unnest(:s::uuid[], :r::uuid[]))', {
        s: pairs.map((p) => p.sendingOfferId),
        r: pairs.map((p) => p.receivingOfferId),
      })
      .getMany();
  }

  async list(
    filter: MatchDecisionFilterInput,
    page: { first: number; after?: string | null },
  ): Promise<Connection<MatchDecisionEntity>> {
    const qb = this.decisions.createQueryBuilder('d');
    if (filter.sendingOfferId) qb.andWhere('d.sendingOfferId = :s', { s: filter.sendingOfferId });
    if (filter.receivingOfferId) qb.andWhere('d.receivingOfferId = :r', { r: filter.receivingOfferId });
    if (filter.decision) qb.andWhere('d.decision = :decision', { decision: filter.decision });
    const totalCount = await qb.getCount();
    if (page.after) {
      const [at, id] = decodeCursor(page.after, 2);
      qb.andWhere('(d.decidedAt, d.id) < (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('d.decidedAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.decidedAt.toISOString(), row.id]);
  }
}
