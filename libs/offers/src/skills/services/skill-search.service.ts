import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { escapeLikePattern, skillMatchKey } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { SkillEntity, type SkillCategory } from '../skill.entity';

export interface SkillFilter {
  search?: string | null;
  category?: SkillCategory | null;
  includeInactive?: boolean;
}

/** Lists the dictionary by reading (then id: a stable keyset for the cursors). */
@Injectable()
export class SkillSearchService {
  constructor(@InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>) {}

  async list(
    filter: SkillFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<SkillEntity>> {
    const qb = this.skills.createQueryBuilder('s');
    if (!filter.includeInactive) qb.andWhere('s.active');
    if (filter.category) qb.andWhere('s.category = :category', { category: filter.category });
    const key = skillMatchKey(filter.search ?? '');
    if (key) {
      // Any of the entry's keys (name, reading, synonyms) containing the typed text, however it was spelt.
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(s.alias_keys) AS k WHERE k LIKE :pattern)`, {
        pattern: `%${escapeLikePattern(key)}%`,
      });
    }
    const totalCount = await qb.getCount();
    if (page.after) {
      const [reading, id] = decodeCursor(page.after, 2);
      if (typeof reading !== 'string' || typeof id !== 'string' || !isUUID(id)) {
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      qb.andWhere('(s.reading, s.id) > (:reading, CAST(:id AS uuid))', { reading, id });
    }
    const rows = await qb
      .orderBy('s.reading', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.reading, row.id]);
  }
}
