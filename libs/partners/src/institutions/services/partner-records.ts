import { OfficeEntity, OfficeKind } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { QueryFailedError, type Repository } from 'typeorm';
import { PartnerAgreementEntity } from '../../agreements/partner-agreement.entity';
import { PartnerBranchEntity } from '../../branches/partner-branch.entity';
import { PartnerContactEntity } from '../../contacts/partner-contact.entity';
import { PartnerInstitutionEntity } from '../partner-institution.entity';
import { PartnerException } from '../../partner.exception';

/** Reads one partner record by id (NOT_FOUND otherwise), shared by the write services. */
@Injectable()
export class PartnerRecords {
  constructor(
    @InjectRepository(PartnerInstitutionEntity) readonly institutions: Repository<PartnerInstitutionEntity>,
    @InjectRepository(PartnerBranchEntity) readonly branches: Repository<PartnerBranchEntity>,
    @InjectRepository(PartnerAgreementEntity) readonly agreements: Repository<PartnerAgreementEntity>,
    @InjectRepository(PartnerContactEntity) readonly contacts: Repository<PartnerContactEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  async institution(id: string): Promise<PartnerInstitutionEntity> {
    const row = isUUID(id) ? await this.institutions.findOneBy({ id }) : null;
    if (!row) throw PartnerException.notFound('提携機関', id);
    return row;
  }

  async branch(id: string): Promise<PartnerBranchEntity> {
    const row = isUUID(id) ? await this.branches.findOneBy({ id }) : null;
    if (!row) throw PartnerException.notFound('支店', id);
    return row;
  }

  async agreement(id: string): Promise<PartnerAgreementEntity> {
    const row = isUUID(id) ? await this.agreements.findOneBy({ id }) : null;
    if (!row) throw PartnerException.notFound('連携協定', id);
    return row;
  }

  async contact(id: string): Promise<PartnerContactEntity> {
    const row = isUUID(id) ? await this.contacts.findOneBy({ id }) : null;
    if (!row) throw PartnerException.notFound('担当者', id);
    return row;
  }

  /** Whether `branchId` is a branch of `institutionId` (a malformed id is none). */
  async isBranchOf(branchId: string, institutionId: string): Promise<boolean> {
    return isUUID(branchId) && (await this.branches.existsBy({ id: branchId, institutionId }));
  }

  /** The kind of the office `officeId` names, or null when it names none. */
  async officeKind(officeId: string): Promise<OfficeKind | null> {
    const office = isUUID(officeId) ? await this.offices.findOneBy({ id: officeId }) : null;
    return office?.kind ?? null;
  }
}

/** A unique violation of `constraint`: another writer took the name between our check and our write. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
