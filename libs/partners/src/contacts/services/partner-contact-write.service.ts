import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { PartnerContactEntity } from '../partner-contact.entity';
import { PartnerException } from '../../partner.exception';
import { normaliseContactFields, type ContactFieldsInput } from './contact-fields';
import { PartnerRecords } from '../../institutions/services/partner-records';

export interface AddPartnerContactCommand extends ContactFieldsInput {
  institutionId: string;
  branchId?: string | null;
}

/** Omitted (undefined) fields keep their value; null clears an optional one (branchId null: the head office). */
export interface UpdatePartnerContactCommand {
  id: string;
  expectedVersion: number;
  branchId?: string | null;
  name?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Adds and edits the contact people of a partner institution, at its head office or one of its branches. */
@Injectable()
export class PartnerContactWriteService {
  constructor(private readonly records: PartnerRecords) {}

  async add(command: AddPartnerContactCommand): Promise<PartnerContactEntity> {
    const institution = await this.records.institution(command.institutionId);
    const { values, errors } = normaliseContactFields(command);
    const branchId = command.branchId?.trim() || null;
    await this.checkBranch(branchId, institution.id, errors);
    if (errors.length) throw PartnerException.invalidInput(errors);
    const result = await this.records.contacts.insert({ ...values, branchId, institutionId: institution.id });
    return this.records.contact(result.identifiers[0]['id'] as string);
  }

  async update(command: UpdatePartnerContactCommand): Promise<PartnerContactEntity> {
    const current = await this.records.contact(command.id);
    if (command.expectedVersion !== current.version) throw PartnerException.staleVersion(current.version);
    const keep = <K extends 'title' | 'email' | 'phone'>(key: K) =>
      command[key] === undefined ? current[key] : command[key];
    const { values, errors } = normaliseContactFields({
      name: command.name ?? current.name,
      title: keep('title'),
      email: keep('email'),
      phone: keep('phone'),
    });
    const branchId = command.branchId === undefined ? current.branchId : command.branchId?.trim() || null;
    await this.checkBranch(branchId, current.institutionId, errors);
    if (errors.length) throw PartnerException.invalidInput(errors);
    const result = await this.records.contacts
      .createQueryBuilder()
      .update(PartnerContactEntity)
      .set({ ...values, branchId })
      .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
      .execute();
    if (!result.affected)
      throw PartnerException.staleVersion((await this.records.contact(current.id)).version);
    return this.records.contact(current.id);
  }

  private async checkBranch(
    branchId: string | null,
    institutionId: string,
    errors: FieldError[],
  ): Promise<void> {
    if (branchId && !(await this.records.isBranchOf(branchId, institutionId)))
      errors.push({ field: 'input.branchId', message: '指定された支店はこの提携機関に登録されていません。' });
  }
}
