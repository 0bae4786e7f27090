import { Injectable } from '@nestjs/common';
import { PartnerInstitutionEntity } from '../partner-institution.entity';
import type { PartnerType } from '../../partner-enums';
import { PartnerException } from '../../partner.exception';
import { normaliseInstitutionFields } from './institution-fields';
import {
  INSTITUTION_NAME_CONSTRAINT,
  institutionNameError,
  institutionNameTaken,
} from './institution-name.checks';
import { isUniqueViolation, PartnerRecords } from './partner-records';

/** Omitted (undefined) and null fields keep their value; an empty prefecture list means not limited. */
export interface UpdatePartnerInstitutionCommand {
  id: string;
  expectedVersion: number;
  type?: PartnerType | null;
  name?: string | null;
  hasHqStep?: boolean | null;
  coveredPrefectureCodes?: readonly string[] | null;
}

/** Edits a partner institution with optimistic locking: a stale version is CONFLICT with the current one. */
@Injectable()
export class UpdatePartnerInstitutionService {
  constructor(private readonly records: PartnerRecords) {}

  async update(command: UpdatePartnerInstitutionCommand): Promise<PartnerInstitutionEntity> {
    const current = await this.records.institution(command.id);
    if (command.expectedVersion !== current.version) throw PartnerException.staleVersion(current.version);
    const { values, errors } = normaliseInstitutionFields({
      type: command.type ?? current.type,
      name: command.name ?? current.name,
      hasHqStep: command.hasHqStep ?? current.hasHqStep,
      coveredPrefectureCodes: command.coveredPrefectureCodes ?? current.coveredPrefectureCodes,
    });
    if (!errors.some((e) => e.field === 'input.name')) {
      const taken = await institutionNameTaken(this.records.institutions, values.nameSearchKey, current.id);
      if (taken) errors.push(taken);
    }
    if (errors.length) throw PartnerException.invalidInput(errors);

    // The version condition makes check-and-write one statement: a concurrent edit leaves 0 rows affected.
    const result = await this.records.institutions
      .createQueryBuilder()
      .update(PartnerInstitutionEntity)
      .set(values)
      .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
      .execute()
      .catch((error: unknown) => {
        if (isUniqueViolation(error, INSTITUTION_NAME_CONSTRAINT))
          throw PartnerException.invalidInput([institutionNameError(values.name)]);
        throw error;
      });
    if (!result.affected)
      throw PartnerException.staleVersion((await this.records.institution(current.id)).version);
    return this.records.institution(current.id);
  }
}
