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
import { resolveReceivingSkills } from '../../skills/services/offer-skills';
import { ReceivingOfferEntity } from '../receiving-offer.entity';
import {
  moveTypesOf,
  normaliseReceivingOfferFields,
  type ReceivingOfferFieldsInput,
  type ReceivingOfferValues,
} from './receiving-offer-fields';

export interface CreateReceivingOfferCommand extends ReceivingOfferFieldsInput {
  companyId: string;
}

/** Omitted (undefined) fields keep their value; null clears an optional one. */
export interface UpdateReceivingOfferCommand extends ReceivingOfferFieldsInput {
  id: string;
  expectedVersion: number;
  status?: OfferStatus | null;
}

type ResolvedSkills = Pick<
  ReceivingOfferEntity,
  'requiredSkills' | 'requiredSkillKeys' | 'preferredSkills' | 'preferredSkillKeys'
>;

/** Records and edits receiving information: scope, validation, skill resolution, then one atomic statement. */
@Injectable()
export class ReceivingOfferWriteService {
  constructor(
    @InjectRepository(ReceivingOfferEntity) private readonly offers: Repository<ReceivingOfferEntity>,
    private readonly refs: OfferReferenceChecks,
  ) {}

  async create(
    user: AuthUser,
    command: CreateReceivingOfferCommand,
    now = new Date(),
  ): Promise<ReceivingOfferEntity> {
    assertMayWriteOffers(user);
    const today = todayInJapan(now);
    const { values, errors } = normaliseReceivingOfferFields(
      { ...command, receivedOn: command.receivedOn ?? today },
      { today },
    );
    const company = await checkOfferCompany(this.refs, user, command.companyId, errors);
    const skills = await this.checkAndResolve(values, errors);
    if (!company) throw OfferException.invalidInput(errors);

    const result = await this.offers.insert({
      ...stored(values),
      ...skills,
      companyId: company.id,
      owningOfficeId: company.owningOfficeId,
      peopleRemaining: values.peopleWanted,
    });
    return this.findOrFail(result.identifiers[0]['id'] as string);
  }

  async update(
    user: AuthUser,
    command: UpdateReceivingOfferCommand,
    now = new Date(),
  ): Promise<ReceivingOfferEntity> {
    const current = await this.findOrFail(command.id);
    assertMayEditOffer(user, current, await this.refs.officeName(current.owningOfficeId));
    if (command.expectedVersion !== current.version) throw OfferException.staleVersion(current.version);

    const { values, errors } = normaliseReceivingOfferFields(merge(current, command), {
      today: todayInJapan(now),
    });
    if (command.receivedOn === undefined || command.receivedOn === current.receivedOn) {
      // An unchanged received date is not re-judged.
      for (let i = errors.length - 1; i >= 0; i--)
        if (errors[i].field === 'input.receivedOn') errors.splice(i, 1);
    }
    const people = nextPeopleState(
      { count: current.peopleWanted, remaining: current.peopleRemaining, status: current.status },
      { count: command.peopleWanted ?? undefined, status: command.status },
      '募集人数',
    );
    for (const problem of people.problems) {
      const field = problem.field === 'count' ? 'input.peopleWanted' : 'input.status';
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: problem.message });
    }
    const skills = await this.checkAndResolve(values, errors);

    // The version condition makes check-and-write one statement: a concurrent edit leaves 0 rows affected.
    const result = await this.offers
      .createQueryBuilder()
      .update(ReceivingOfferEntity)
      .set({
        ...stored(values),
        ...skills,
        peopleRemaining: people.state.remaining,
        status: people.state.status,
      })
      .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
      .execute();
    if (!result.affected) throw OfferException.staleVersion((await this.findOrFail(current.id)).version);
    return this.findOrFail(current.id);
  }

  /** Codes against the tables, then the skills against the dictionary. Throws on any error. */
  private async checkAndResolve(values: ReceivingOfferValues, errors: FieldError[]): Promise<ResolvedSkills> {
    await checkOfferCodes(
      this.refs,
      {
        occupationCode: values.occupationCode,
        prefectures: [['workplacePrefectureCode', values.workplacePrefectureCode]],
      },
      errors,
    );
    if (errors.length) throw OfferException.invalidInput(errors);
    return resolveReceivingSkills(
      await this.refs.skillDictionary(),
      values.requiredSkillTexts,
      values.preferredSkillTexts,
    );
  }

  private async findOrFail(id: string): Promise<ReceivingOfferEntity> {
    const offer = isUUID(id) ? await this.offers.findOneBy({ id }) : null;
    if (!offer) throw OfferException.notFound('受入情報', id);
    return offer;
  }
}

/** The columns the values fill (the skill texts become resolved skills separately). */
function stored(
  values: ReceivingOfferValues,
): Omit<ReceivingOfferValues, 'requiredSkillTexts' | 'preferredSkillTexts'> {
  const { requiredSkillTexts: _required, preferredSkillTexts: _preferred, ...columns } = values;
  return columns;
}

/** The offer as it would be after the edit: omitted fields keep the stored value. */
function merge(current: ReceivingOfferEntity, patch: UpdateReceivingOfferCommand): ReceivingOfferFieldsInput {
  const pick = <K extends keyof ReceivingOfferFieldsInput & keyof ReceivingOfferEntity>(key: K) =>
    patch[key] === undefined ? current[key] : patch[key];
  return {
    receivedOn: pick('receivedOn'),
    moveTypes: patch.moveTypes === undefined ? moveTypesOf(current) : patch.moveTypes,
    peopleWanted: pick('peopleWanted'),
    occupationCode: pick('occupationCode'),
    jobTitle: pick('jobTitle'),
    duties: pick('duties'),
    // Stored skills are re-resolved by their labels, so a dictionary entry added since picks up free text.
    requiredSkills:
      patch.requiredSkills === undefined ? current.requiredSkills.map((s) => s.label) : patch.requiredSkills,
    preferredSkills:
      patch.preferredSkills === undefined
        ? current.preferredSkills.map((s) => s.label)
        : patch.preferredSkills,
    minExperienceYears: pick('minExperienceYears'),
    periodMonths: pick('periodMonths'),
    monthlyWage: pick('monthlyWage'),
    workingHours: pick('workingHours'),
    shiftPattern: pick('shiftPattern'),
    workplacePrefectureCode: pick('workplacePrefectureCode'),
    workplaceCity: pick('workplaceCity'),
    startBy: pick('startBy'),
    conditions: pick('conditions'),
    notes: pick('notes'),
  };
}
