import { Injectable } from '@nestjs/common';
import type { PartnerInstitutionEntity } from '../partner-institution.entity';
import type { PartnerType } from '../../partner-enums';
import { PartnerException } from '../../partner.exception';
import { normaliseInstitutionFields } from './institution-fields';
import {
  INSTITUTION_NAME_CONSTRAINT,
  institutionNameError,
  institutionNameTaken,
} from './institution-name.checks';
import { isUniqueViolation, PartnerRecords } from './partner-records';

export interface CreatePartnerInstitutionCommand {
  type: PartnerType;
  name: string;
  hasHqStep?: boolean | null;
  coveredPrefectureCodes?: readonly string[] | null;
}

/** Registers a partner institution (administrators and HQ coordinators). */
@Injectable()
export class CreatePartnerInstitutionService {
  constructor(private readonly records: PartnerRecords) {}

  async create(command: CreatePartnerInstitutionCommand): Promise<PartnerInstitutionEntity> {
    const { values, errors } = normaliseInstitutionFields({
      type: command.type,
      name: command.name,
      hasHqStep: command.hasHqStep ?? true,
      coveredPrefectureCodes: command.coveredPrefectureCodes ?? [],
    });
    if (!errors.some((e) => e.field === 'input.name')) {
      const taken = await institutionNameTaken(this.records.institutions, values.nameSearchKey, null);
      if (taken) errors.push(taken);
    }
    if (errors.length) throw PartnerException.invalidInput(errors);
    try {
      const result = await this.records.institutions.insert(values);
      return await this.records.institution(result.identifiers[0]['id'] as string);
    } catch (error) {
      if (isUniqueViolation(error, INSTITUTION_NAME_CONSTRAINT))
        throw PartnerException.invalidInput([institutionNameError(values.name)]);
      throw error;
    }
  }
}
