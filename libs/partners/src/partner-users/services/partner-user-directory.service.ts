import { UserEntity } from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type FindOptionsWhere, type Repository } from 'typeorm';
import { PartnerException } from '../../partner.exception';
import { PARTNER_USERS } from '../../partners-roles';
import { PartnerRecords } from '../../institutions/services/partner-records';
import { PARTNER_USER_ORDER } from '../../institutions/services/partner.loaders';

export interface PartnerUsersFilter {
  branchId?: string | null;
  includeInactive?: boolean;
}

/** Reads partner accounts, and only those: the partner-user operations never reach a Center staff account. */
@Injectable()
export class PartnerUserDirectoryService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly records: PartnerRecords,
  ) {}

  /** An institution's accounts (of one of its branches), active ones unless asked otherwise. */
  async list(institutionId: string, filter: PartnerUsersFilter = {}): Promise<UserEntity[]> {
    const institution = await this.records.institution(institutionId);
    const where: FindOptionsWhere<UserEntity> = { partnerInstitutionId: institution.id };
    if (filter.branchId) {
      if (!(await this.records.isBranchOf(filter.branchId, institution.id))) {
        throw PartnerException.invalidInput([
          { field: 'branchId', message: '指定された支店はこの提携機関に登録されていません。' },
        ]);
      }
      where.partnerBranchId = filter.branchId;
    }
    if (!filter.includeInactive) where.isActive = true;
    return this.users.find({ where, order: PARTNER_USER_ORDER });
  }

  /** A partner account by id; an unknown id and a Center staff account are refused alike (NOT_FOUND). */
  async account(id: string): Promise<UserEntity> {
    const user = isUUID(id) ? await this.users.findOneBy({ id, role: In([...PARTNER_USERS]) }) : null;
    if (!user) throw PartnerException.notFound('提携機関ユーザー', id);
    return user;
  }
}
