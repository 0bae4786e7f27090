import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import { CompanyEntity } from '../company.entity';
import { CompanyException, CompanyExceptionCode } from '../company.exception';

const UNIQUE_CONSTRAINT = 'uq_companies_corporate_number';

/** Keeps one company per 法人番号 and tells the user which company already has it. */
@Injectable()
export class CorporateNumberRegistry {
  constructor(@InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>) {}

  /** Refuses a number another company holds. The unique constraint still decides races (see `isTakenError`). */
  async assertAvailable(
    corporateNumber: string | null,
    exceptCompanyId: string | null = null,
  ): Promise<void> {
    if (corporateNumber === null) return;
    const holder = await this.companies
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.owningOffice', 'o')
      .where('c.corporateNumber = :corporateNumber', { corporateNumber })
      .getOne();
    if (holder && holder.id !== exceptCompanyId) throw this.takenException(corporateNumber, holder);
  }

  /** The exception for a unique violation lost to a concurrent write; the winner has committed by then. */
  async takenAfterRace(corporateNumber: string): Promise<CompanyException> {
    const holder = await this.companies.findOne({
      where: { corporateNumber },
      relations: { owningOffice: true },
    });
    return this.takenException(corporateNumber, holder);
  }

  static isTakenError(error: unknown): boolean {
    if (!(error instanceof QueryFailedError)) return false;
    const driverError = error.driverError as { code?: string; constraint?: string };
    return driverError.code === '23505' && driverError.constraint === UNIQUE_CONSTRAINT;
  }

  private takenException(corporateNumber: string, holder: CompanyEntity | null): CompanyException {
    const who = holder ? `(${holder.legalName}、${holder.owningOffice?.nameJa ?? '担当事務所不明'})` : '';
    return new CompanyException(
      CompanyExceptionCode.CORPORATE_NUMBER_TAKEN,
      `法人番号 ${corporateNumber} は既に登録されています${who}。`,
      { existingCompanyId: holder?.id ?? null, field: 'input.corporateNumber' },
    );
  }
}
