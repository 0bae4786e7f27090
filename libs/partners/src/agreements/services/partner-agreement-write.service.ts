import type { FieldError } from '@kakehashi/graphql-core';
import { OfficeKind } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { PartnerAgreementEntity } from '../partner-agreement.entity';
import { AgreementCounterpart, AgreementStatus } from '../../partner-enums';
import { PartnerException } from '../../partner.exception';
import { endedOnProblems, normaliseAgreementFields, type AgreementFieldsInput } from './agreement-fields';
import { PartnerRecords } from '../../institutions/services/partner-records';

export interface AddPartnerAgreementCommand extends AgreementFieldsInput {
  institutionId: string;
}

export interface EndPartnerAgreementCommand {
  id: string;
  expectedVersion: number;
  endedOn: string;
}

/**
 * Records partnership agreements and their end. An agreement is never edited otherwise: a renewed agreement is a new
 * row, so the figures of any past date stay what they were.
 */
@Injectable()
export class PartnerAgreementWriteService {
  constructor(private readonly records: PartnerRecords) {}

  async add(command: AddPartnerAgreementCommand): Promise<PartnerAgreementEntity> {
    const institution = await this.records.institution(command.institutionId);
    const { values, errors } = normaliseAgreementFields(command);
    await this.checkOffice(values.counterpart, values.officeId, errors);
    if (errors.length) throw PartnerException.invalidInput(errors);
    const result = await this.records.agreements.insert({
      ...values,
      institutionId: institution.id,
      status: values.endedOn ? AgreementStatus.ENDED : AgreementStatus.ACTIVE,
    });
    return this.records.agreement(result.identifiers[0]['id'] as string);
  }

  /** Records the end date (the first day no longer in force); the agreement counts until the day before. */
  async end(command: EndPartnerAgreementCommand): Promise<PartnerAgreementEntity> {
    const current = await this.records.agreement(command.id);
    if (command.expectedVersion !== current.version) throw PartnerException.staleVersion(current.version);
    if (current.status === AgreementStatus.ENDED && current.endedOn)
      throw PartnerException.alreadyEnded(current.endedOn, current.version);
    const errors: FieldError[] = [];
    const endedOn = endedOnProblems(command.endedOn, current.signedOn, errors);
    if (!endedOn && errors.length === 0)
      errors.push({ field: 'input.endedOn', message: '終了日を日付(例: 2024-03-31)で入力してください。' });
    if (errors.length || !endedOn) throw PartnerException.invalidInput(errors);

    const result = await this.records.agreements
      .createQueryBuilder()
      .update(PartnerAgreementEntity)
      .set({ status: AgreementStatus.ENDED, endedOn })
      .where('id = :id AND version = :version AND status = :active', {
        id: current.id,
        version: command.expectedVersion,
        active: AgreementStatus.ACTIVE,
      })
      .execute();
    if (!result.affected)
      throw PartnerException.staleVersion((await this.records.agreement(current.id)).version);
    return this.records.agreement(current.id);
  }

  private async checkOffice(
    counterpart: AgreementCounterpart,
    officeId: string | null,
    errors: FieldError[],
  ): Promise<void> {
    if (counterpart !== AgreementCounterpart.REGIONAL_OFFICE || !officeId) return;
    if (errors.some((e) => e.field === 'input.officeId')) return;
    const kind = await this.records.officeKind(officeId);
    if (kind === null)
      errors.push({ field: 'input.officeId', message: '指定された事務所が見つかりません。' });
    else if (kind !== OfficeKind.REGIONAL)
      errors.push({
        field: 'input.officeId',
        message: '地方事務所を指定してください(本部との協定は相手方を本部にしてください)。',
      });
  }
}
