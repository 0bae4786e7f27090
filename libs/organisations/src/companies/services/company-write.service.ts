import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { OfficeEntity } from '../../offices/office.entity';
import { CompanyEntity } from '../company.entity';
import { CompanyException, CompanyExceptionCode } from '../company.exception';
import {
  assertMayEditCompany,
  assertMayMoveCompany,
  owningOfficeForNewCompany,
} from './company-access.policy';
import type { CompanyFieldsInput } from './company-fields';
import { CompanyInputValidator } from './company-input.validator';
import { CorporateNumberRegistry } from './corporate-number.registry';

export interface CreateCompanyCommand extends CompanyFieldsInput {
  owningOfficeId?: string | null;
}

/** Omitted (undefined) fields keep their value; null clears an optional field. */
export interface UpdateCompanyCommand extends CompanyFieldsInput {
  id: string;
  expectedVersion: number;
  owningOfficeId?: string | null;
}

/** Registers and edits companies: scope, validation, then one atomic statement. */
@Injectable()
export class CompanyWriteService {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    private readonly validator: CompanyInputValidator,
    private readonly corporateNumbers: CorporateNumberRegistry,
  ) {}

  async create(user: AuthUser, command: CreateCompanyCommand): Promise<CompanyEntity> {
    const owningOfficeId = owningOfficeForNewCompany(user, command.owningOfficeId);
    const values = await this.validator.validate(command, owningOfficeId);
    await this.corporateNumbers.assertAvailable(values.corporateNumber);
    try {
      const result = await this.companies.insert({ ...values, owningOfficeId: owningOfficeId as string });
      return await this.companies.findOneByOrFail({ id: result.identifiers[0]['id'] as string });
    } catch (error) {
      // Another request registered the same number between our check and our insert.
      if (CorporateNumberRegistry.isTakenError(error) && values.corporateNumber) {
        throw await this.corporateNumbers.takenAfterRace(values.corporateNumber);
      }
      throw error;
    }
  }

  async update(user: AuthUser, command: UpdateCompanyCommand): Promise<CompanyEntity> {
    const current = await this.findOrFail(command.id);
    const owningOffice = await this.offices.findOneByOrFail({ id: current.owningOfficeId });
    assertMayEditCompany(user, current, owningOffice.nameJa);
    if (command.expectedVersion !== current.version) throw staleVersion(current.version);

    const owningOfficeId =
      command.owningOfficeId === undefined ? current.owningOfficeId : command.owningOfficeId;
    if (owningOfficeId !== null) assertMayMoveCompany(user, current.owningOfficeId, owningOfficeId);
    const values = await this.validator.validate(merge(current, command), owningOfficeId);
    await this.corporateNumbers.assertAvailable(values.corporateNumber, current.id);

    try {
      // The version condition makes check-and-write one statement: a concurrent edit leaves 0 rows affected.
      const result = await this.companies
        .createQueryBuilder()
        .update(CompanyEntity)
        .set({ ...values, owningOfficeId: owningOfficeId as string })
        .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
        .execute();
      if (!result.affected) {
        const now = await this.findOrFail(current.id);
        throw staleVersion(now.version);
      }
    } catch (error) {
      if (CorporateNumberRegistry.isTakenError(error) && values.corporateNumber) {
        throw await this.corporateNumbers.takenAfterRace(values.corporateNumber);
      }
      throw error;
    }
    return this.findOrFail(current.id);
  }

  private async findOrFail(id: string): Promise<CompanyEntity> {
    const company = isUUID(id) ? await this.companies.findOneBy({ id }) : null;
    if (!company) {
      throw new CompanyException(CompanyExceptionCode.COMPANY_NOT_FOUND, '指定された企業が見つかりません。', {
        companyId: id,
      });
    }
    return company;
  }
}

function staleVersion(currentVersion: number): CompanyException {
  return new CompanyException(
    CompanyExceptionCode.STALE_VERSION,
    '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
    { currentVersion },
  );
}

/** The company as it would be after the edit: omitted fields keep the stored value. */
function merge(current: CompanyEntity, patch: UpdateCompanyCommand): CompanyFieldsInput {
  const pick = <K extends keyof CompanyFieldsInput>(key: K): CompanyFieldsInput[K] =>
    patch[key] === undefined ? (current[key as keyof CompanyEntity] as CompanyFieldsInput[K]) : patch[key];
  return {
    legalName: pick('legalName'),
    legalNameKana: pick('legalNameKana'),
    corporateNumber: pick('corporateNumber'),
    jsicMajorCode: pick('jsicMajorCode'),
    jsicMiddleCode: pick('jsicMiddleCode'),
    prefectureCode: pick('prefectureCode'),
    address: pick('address'),
    size: pick('size'),
    employeeCount: pick('employeeCount'),
    contactName: pick('contactName'),
    contactPhone: pick('contactPhone'),
    contactEmail: pick('contactEmail'),
    notes: pick('notes'),
  };
}
