import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { companyNameSearchKey, escapeLikePattern } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { PartnerInstitutionEntity } from '../partner-institution.entity';
import type { PartnerType } from '../../partner-enums';
import { PartnerException } from '../../partner.exception';
import { prefectureCode, prefectureProblem } from './institution-fields';
import { PartnerRecords } from './partner-records';

export interface PartnerInstitutionFilterValues {
  type?: PartnerType | null;
  prefectureCode?: string | null;
  name?: string | null;
}

/** Reads partner institutions: the Center's list and one by id, and a partner user's own institution. */
@Injectable()
export class PartnerInstitutionQueryService {
  constructor(
    @InjectRepository(PartnerInstitutionEntity)
    private readonly institutions: Repository<PartnerInstitutionEntity>,
    private readonly records: PartnerRecords,
  ) {}

  /** By name, then id (a stable keyset for the cursors). */
  async list(
    filter: PartnerInstitutionFilterValues,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PartnerInstitutionEntity>> {
    const qb = this.institutions.createQueryBuilder('i');
    if (filter.type) qb.andWhere('i.type = :type', { type: filter.type });
    if (filter.prefectureCode) {
      const code = prefectureCode(filter.prefectureCode);
      if (!code)
        throw new BadUserInputError([
          { field: 'filter.prefectureCode', message: prefectureProblem(filter.prefectureCode) },
        ]);
      // A partner not limited to any prefecture covers every one.
      qb.andWhere(
        '(:code = ANY(i.covered_prefecture_codes) OR cardinality(i.covered_prefecture_codes) = 0)',
        {
          code,
        },
      );
    }
    const key = companyNameSearchKey(filter.name ?? '');
    if (key) qb.andWhere('i.name_search_key LIKE :pattern', { pattern: `%${escapeLikePattern(key)}%` });
    const totalCount = await qb.getCount();
    if (page.after) {
      const [name, id] = decodeCursor(page.after, 2);
      if (typeof name !== 'string' || typeof id !== 'string' || !isUUID(id))
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      qb.andWhere('(i.name, i.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await qb
      .orderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.name, row.id]);
  }

  byId(id: string): Promise<PartnerInstitutionEntity> {
    return this.records.institution(id);
  }

  /** The signed-in partner user's own institution: the only one a partner user can read. */
  async mine(caller: AuthUser): Promise<PartnerInstitutionEntity> {
    if (!caller.partnerInstitutionId) throw PartnerException.noInstitution();
    return this.records.institution(caller.partnerInstitutionId);
  }
}
