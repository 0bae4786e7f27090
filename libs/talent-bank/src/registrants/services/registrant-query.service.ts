import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { escapeLikePattern } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { assertOfficeScope, officeScopeOf } from '../../access/registrant-access.policy';
import type { RegistrantFilter } from '../dtos/registrant.inputs';
import { RegistrantEntity } from '../registrant.entity';
import { personNameSearchKey } from '../rules/registrant-fields';
import { TalentBankException } from '../../talent-bank.exception';
import { TalentBankRecords } from '../../shared/talent-bank-records';

/** Reads registrants within the caller's reach: a consultant their own office's, headquarters every office's. */
@Injectable()
export class RegistrantQueryService {
  constructor(
    @InjectRepository(RegistrantEntity) private readonly registrants: Repository<RegistrantEntity>,
    private readonly records: TalentBankRecords,
  ) {}

  /** Newest registration first (then id: a stable keyset for the cursors). */
  async list(
    user: AuthUser,
    filter: RegistrantFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<RegistrantEntity>> {
    const scope = officeScopeOf(user);
    const qb = this.registrants.createQueryBuilder('r');
    if (filter.officeId) {
      if (!isUUID(filter.officeId))
        throw new BadUserInputError([
          { field: 'filter.officeId', message: '事務所の指定が正しくありません。' },
        ]);
      if (scope !== null && filter.officeId !== scope)
        throw TalentBankException.outsideOffice(
          'この事務所の登録者',
          await this.records.officeName(filter.officeId),
          filter.officeId,
        );
      qb.andWhere('r.office_id = :officeId', { officeId: filter.officeId });
    } else if (scope !== null) {
      qb.andWhere('r.office_id = :officeId', { officeId: scope });
    }
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.supportRequestId) {
      if (!isUUID(filter.supportRequestId))
        throw new BadUserInputError([
          { field: 'filter.supportRequestId', message: '支援依頼の指定が正しくありません。' },
        ]);
      qb.andWhere('r.support_request_id = :supportRequestId', { supportRequestId: filter.supportRequestId });
    }
    const key = personNameSearchKey(filter.name ?? '');
    if (key) {
      qb.andWhere('(r.name_search_key LIKE :pattern OR r.kana_search_key LIKE :pattern)', {
        pattern: `%${escapeLikePattern(key)}%`,
      });
    }
    const totalCount = await qb.getCount();
    if (page.after) {
      const [registeredOn, id] = decodeCursor(page.after, 2);
      if (typeof registeredOn !== 'string' || typeof id !== 'string' || !isUUID(id))
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      qb.andWhere('(r.registered_on, r.id) < (CAST(:registeredOn AS date), CAST(:id AS uuid))', {
        registeredOn,
        id,
      });
    }
    const rows = await qb
      .orderBy('r.registered_on', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.registeredOn, row.id]);
  }

  async one(user: AuthUser, id: string): Promise<RegistrantEntity> {
    officeScopeOf(user);
    const registrant = await this.records.registrant(id);
    assertOfficeScope(user, registrant, 'この登録者', await this.records.officeName(registrant.officeId));
    return registrant;
  }
}
