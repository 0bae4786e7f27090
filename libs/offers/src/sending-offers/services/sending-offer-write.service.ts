import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { OfferException } from '../../offer.exception';
import { assertMayEditOffer, assertMayWriteOffers } from '../../shared/offer-access.policy';
import { todayInJapan } from '@kakehashi/calendar';
import type { OfferStatus } from '../../shared/offer-enums';
import { checkOfferCodes, checkOfferCompany } from '../../shared/offer-input.checks';
import { OfferReferenceChecks } from '../../shared/offer-reference.checks';
import { nextPeopleState } from '../../shared/people-state';
import { resolveSendingSkills } from '../../skills/services/offer-skills';
import { SendingOfferEntity } from '../sending-offer.entity';
import {
  normaliseSendingOfferFields,
  type SendingOfferFieldsInput,
  type SendingOfferValues,
} from './sending-offer-fields';

export interface CreateSendingOfferCommand extends SendingOfferFieldsInput {
  companyId: string;
}

/** Omitted (undefined) fields keep their value; null clears an optional one. */
export interface UpdateSendingOfferCommand extends SendingOfferFieldsInput {
  id: string;
  expectedVersion: number;
  status?: OfferStatus | null;
}

/** Records and edits sending information: scope, validation, skill resolution, then one atomic statement. */
@Injectable()
export class SendingOfferWriteService {
  constructor(
    @InjectRepository(SendingOfferEntity) private readonly offers: Repository<SendingOfferEntity>,
    private readonly refs: OfferReferenceChecks,
  ) {}

  async create(
    user: AuthUser,
    command: CreateSendingOfferCommand,
    now = new Date(),
  ): Promise<SendingOfferEntity> {
    assertMayWriteOffers(user);
    const today = todayInJapan(now);
    const { values, errors } = normaliseSendingOfferFields(
      { ...command, receivedOn: command.receivedOn ?? today },
      { today },
    );
    const company = await checkOfferCompany(this.refs, user, command.companyId, errors);
    const skills = await this.checkAndResolve(command, values, errors);
    if (!company) throw OfferException.invalidInput(errors);

    const { skillTexts: _typed, ...fields } = values;
    const result = await this.offers.insert({
      ...fields,
      ...skills,
      companyId: company.id,
      owningOfficeId: company.owningOfficeId,
      peopleAvailable: values.peopleCount,
    });
    return this.findOrFail(result.identifiers[0]['id'] as string);
  }

  async update(
    user: AuthUser,
    command: UpdateSendingOfferCommand,
    now = new Date(),
  ): Promise<SendingOfferEntity> {
    const current = await this.findOrFail(command.id);
    assertMayEditOffer(user, current, await this.refs.officeName(current.owningOfficeId));
    if (command.expectedVersion !== current.version) throw OfferException.staleVersion(current.version);

    const merged = merge(current, command);
    const { values, errors } = normaliseSendingOfferFields(merged, {
      today: todayInJapan(now),
      checkEarliestStartAge:
        command.earliestStartOn !== undefined && command.earliestStartOn !== current.earliestStartOn,
    });
    if (command.receivedOn === undefined || command.receivedOn === current.receivedOn) {
      // An unchanged received date is not re-judged (it may lie ahead of a server whose clock is behind Japan's).
      dropErrors(errors, 'input.receivedOn');
    }
    const people = nextPeopleState(
      { count: current.peopleCount, remaining: current.peopleAvailable, status: current.status },
      { count: command.peopleCount ?? undefined, status: command.status },
      '人数',
    );
    for (const problem of people.problems) {
      const field = problem.field === 'count' ? 'input.peopleCount' : 'input.status';
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: problem.message });
    }
    const skills = await this.checkAndResolve(merged, values, errors);

    const { skillTexts: _typed, ...fields } = values;
    // The version condition makes check-and-write one statement: a concurrent edit leaves 0 rows affected.
    const result = await this.offers
      .createQueryBuilder()
      .update(SendingOfferEntity)
      .set({
        ...fields,
        ...skills,
        peopleAvailable: people.state.remaining,
        status: people.state.status,
      })
      .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
      .execute();
    if (!result.affected) throw OfferException.staleVersion((await this.findOrFail(current.id)).version);
    return this.findOrFail(current.id);
  }

  /** Codes against the tables, then (when all is well) the skills against the dictionary. Throws on any error. */
  private async checkAndResolve(
    input: SendingOfferFieldsInput,
    values: SendingOfferValues,
    errors: FieldError[],
  ): Promise<Pick<SendingOfferEntity, 'skills' | 'skillKeys'>> {
    await checkOfferCodes(
      this.refs,
      {
        occupationCode: values.occupationCode,
        prefectures: (input.acceptablePrefectureCodes ?? [])
          .map((code, i): [string, string] => [`acceptablePrefectureCodes.${i}`, code])
          .filter(([, code]) => code.trim() !== ''),
      },
      errors,
    );
    if (errors.length) throw OfferException.invalidInput(errors);
    return resolveSendingSkills(await this.refs.skillDictionary(), values.skillTexts);
  }

  private async findOrFail(id: string): Promise<SendingOfferEntity> {
    const offer = isUUID(id) ? await this.offers.findOneBy({ id }) : null;
    if (!offer) throw OfferException.notFound('送出情報', id);
    return offer;
  }
}

function dropErrors(errors: FieldError[], field: string): void {
  for (let i = errors.length - 1; i >= 0; i--) if (errors[i].field === field) errors.splice(i, 1);
}

/** The offer as it would be after the edit: omitted fields keep the stored value. */
function merge(current: SendingOfferEntity, patch: UpdateSendingOfferCommand): SendingOfferFieldsInput {
  const pick = <K extends keyof SendingOfferFieldsInput & keyof SendingOfferEntity>(key: K) =>
    patch[key] === undefined ? current[key] : patch[key];
  return {
    receivedOn: pick('receivedOn'),
    moveType: pick('moveType'),
    peopleCount: pick('peopleCount'),
    reason: pick('reason'),
    reasonDetail: pick('reasonDetail'),
    occupationCode: pick('occupationCode'),
    jobTitle: pick('jobTitle'),
    // Stored skills are re-resolved by their labels, so a dictionary entry added since picks up free text.
    skills: patch.skills === undefined ? current.skills.map((s) => s.label) : patch.skills,
    experienceYears: pick('experienceYears'),
    ageBand: pick('ageBand'),
    monthlyWage: pick('monthlyWage'),
    desiredPeriodMonths: pick('desiredPeriodMonths'),
    acceptablePrefectureCodes: pick('acceptablePrefectureCodes'),
    earliestStartOn: pick('earliestStartOn'),
    conditions: pick('conditions'),
    notes: pick('notes'),
  };
}
