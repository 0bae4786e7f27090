import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { UserEntity } from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import { PartnerAgreementEntity } from '../../agreements/partner-agreement.entity';
import { PartnerBranchEntity } from '../../branches/partner-branch.entity';
import { PartnerContactEntity } from '../../contacts/partner-contact.entity';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * An institution's branches, agreements, contacts and partner accounts, and branches by id, batched per request (one
 * query per kind for a whole list).
 */
@Injectable()
export class PartnerLoaders {
  constructor(
    @InjectRepository(PartnerBranchEntity) private readonly branches: Repository<PartnerBranchEntity>,
    @InjectRepository(PartnerAgreementEntity) private readonly agreements: Repository<PartnerAgreementEntity>,
    @InjectRepository(PartnerContactEntity) private readonly contacts: Repository<PartnerContactEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  /** By prefecture, then name. */
  branchesOf(loaders: RequestLoaders): DataLoader<string, PartnerBranchEntity[]> {
    return loaders.get<string, PartnerBranchEntity[]>('partners.branchesByInstitution', async (ids) => {
      const rows = await this.branches.find({
        where: { institutionId: In([...ids]) },
        order: { prefectureCode: 'ASC', name: 'ASC', id: 'ASC' },
      });
      return groupBy(ids, rows, (row) => row.institutionId);
    });
  }

  /** Newest first. */
  agreementsOf(loaders: RequestLoaders): DataLoader<string, PartnerAgreementEntity[]> {
    return loaders.get<string, PartnerAgreementEntity[]>('partners.agreementsByInstitution', async (ids) => {
      const rows = await this.agreements.find({
        where: { institutionId: In([...ids]) },
        order: { signedOn: 'DESC', id: 'ASC' },
      });
      return groupBy(ids, rows, (row) => row.institutionId);
    });
  }

  /** Head office first, then by branch and name. */
  contactsOf(loaders: RequestLoaders): DataLoader<string, PartnerContactEntity[]> {
    return loaders.get<string, PartnerContactEntity[]>('partners.contactsByInstitution', async (ids) => {
      const rows = await this.contacts
        .createQueryBuilder('c')
        .where('c.institution_id IN (:...ids)', { ids: [...ids] })
        .orderBy('c.branch_id', 'ASC', 'NULLS FIRST')
        .addOrderBy('c.name', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
      return groupBy(ids, rows, (row) => row.institutionId);
    });
  }

  /** One branch by id (a partner account's branch). */
  branchById(loaders: RequestLoaders): DataLoader<string, PartnerBranchEntity | null> {
    return loaders.get<string, PartnerBranchEntity | null>('partners.branchById', async (ids) =>
      byKeys(ids, await this.branches.findBy({ id: In([...ids]) }), (row) => row.id),
    );
  }

  /** An institution's partner accounts, deactivated ones included (PARTNER_USER_ORDER). */
  usersOf(loaders: RequestLoaders): DataLoader<string, UserEntity[]> {
    return loaders.get<string, UserEntity[]>('partners.usersByInstitution', async (ids) => {
      const rows = await this.users.find({
        where: { partnerInstitutionId: In([...ids]) },
        order: PARTNER_USER_ORDER,
      });
      return groupBy(ids, rows, (row) => row.partnerInstitutionId ?? '');
    });
  }
}

/** Head-office accounts first ('PARTNER_HQ' sorts after 'PARTNER_BRANCH'), then by e-mail address. */
export const PARTNER_USER_ORDER = { role: 'DESC', email: 'ASC' } as const;
