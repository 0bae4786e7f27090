import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { PartnerBranchEntity } from '../partner-branch.entity';
import { PartnerException } from '../../partner.exception';
import { normaliseBranchFields } from './branch-fields';
import { isUniqueViolation, PartnerRecords } from '../../institutions/services/partner-records';

const BRANCH_NAME_CONSTRAINT = 'uq_partner_branches_institution_name';

export interface AddPartnerBranchCommand {
  institutionId: string;
  name: string;
  prefectureCode: string;
}

export interface UpdatePartnerBranchCommand {
  id: string;
  expectedVersion: number;
  name?: string | null;
  prefectureCode?: string | null;
}

/** Adds and edits the branches of a partner institution; a branch never moves to another institution. */
@Injectable()
export class PartnerBranchWriteService {
  constructor(private readonly records: PartnerRecords) {}

  async add(command: AddPartnerBranchCommand): Promise<PartnerBranchEntity> {
    const institution = await this.records.institution(command.institutionId);
    const { values, errors } = normaliseBranchFields(command);
    await this.checkNameFree(institution.id, values.name, null, errors);
    if (errors.length) throw PartnerException.invalidInput(errors);
    try {
      const result = await this.records.branches.insert({ ...values, institutionId: institution.id });
      return await this.records.branch(result.identifiers[0]['id'] as string);
    } catch (error) {
      throw this.nameTakenOr(error, values.name);
    }
  }

  async update(command: UpdatePartnerBranchCommand): Promise<PartnerBranchEntity> {
    const current = await this.records.branch(command.id);
    if (command.expectedVersion !== current.version) throw PartnerException.staleVersion(current.version);
    const { values, errors } = normaliseBranchFields({
      name: command.name ?? current.name,
      prefectureCode: command.prefectureCode ?? current.prefectureCode,
    });
    await this.checkNameFree(current.institutionId, values.name, current.id, errors);
    if (errors.length) throw PartnerException.invalidInput(errors);
    const result = await this.records.branches
      .createQueryBuilder()
      .update(PartnerBranchEntity)
      .set(values)
      .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
      .execute()
      .catch((error: unknown) => {
        throw this.nameTakenOr(error, values.name);
      });
    if (!result.affected)
      throw PartnerException.staleVersion((await this.records.branch(current.id)).version);
    return this.records.branch(current.id);
  }

  private async checkNameFree(
    institutionId: string,
    name: string,
    selfId: string | null,
    errors: FieldError[],
  ): Promise<void> {
    if (errors.some((e) => e.field === 'input.name')) return;
    const taken = await this.records.branches.existsBy({
      institutionId,
      name,
      ...(selfId ? { id: Not(selfId) } : {}),
    });
    if (taken) errors.push(nameTaken(name));
  }

  private nameTakenOr(error: unknown, name: string): unknown {
    return isUniqueViolation(error, BRANCH_NAME_CONSTRAINT)
      ? PartnerException.invalidInput([nameTaken(name)])
      : error;
  }
}

function nameTaken(name: string): FieldError {
  return { field: 'input.name', message: `この提携機関には支店「${name}」が既に登録されています。` };
}
