import { ConnectionType } from '@kakehashi/graphql-core';
import { CompanyModel, OfficeModel, PrefectureModel } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OccupationMajorGroupModel } from '../reference-data/occupation-major-group.model';
import { MoveType, OfferStatus, ShiftPattern, WorkplaceCondition } from '../shared/offer-graphql-enums';
import { OfferSkillModel } from '../shared/offer-skill.model';
import type { ReceivingOfferEntity } from './receiving-offer.entity';
import { moveTypesOf } from './services/receiving-offer-fields';

@ObjectType('ReceivingOffer', {
  description:
    '受入情報: 企業が出向・移籍で受け入れたい人材 / Receiving information: people a company wants.',
})
export class ReceivingOfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  /** Resolved through the per-request loader. */
  @Field(() => CompanyModel, { description: '受入企業 / The receiving company.' })
  company?: CompanyModel;

  @Field(() => ID)
  owningOfficeId: string;

  @Field(() => OfficeModel, {
    description: '担当事務所 (企業の担当事務所) / The owning office (the company’s).',
  })
  owningOffice?: OfficeModel;

  @Field({
    description: '受付日 (YYYY-MM-DD、月次統計に計上) / Date received, counted in that month’s statistics.',
  })
  receivedOn: string;

  @Field(() => [MoveType], { description: '受入れ可能な形態 / Kinds of move accepted.' })
  moveTypes: MoveType[];

  @Field(() => Int, { description: '募集人数 / People wanted.' })
  peopleWanted: number;

  @Field(() => Int, { description: '未充足の人数 (0で終了) / Places not yet filled; the offer closes at 0.' })
  peopleRemaining: number;

  @Field({ description: '職業分類 大分類コード (A〜L) / Occupation major group code.' })
  occupationCode: string;

  @Field(() => OccupationMajorGroupModel)
  occupation?: OccupationMajorGroupModel;

  @Field({ description: '職種名 / Job title.' })
  jobTitle: string;

  @Field(() => String, { nullable: true, description: '業務内容 / Duties.' })
  duties: string | null;

  @Field(() => [OfferSkillModel], { description: '必須のスキル・免許・資格 / Required skills and licences.' })
  requiredSkills: OfferSkillModel[];

  @Field(() => [String], { description: '必須スキルの照合キー / Match keys of the required skills.' })
  requiredSkillKeys: string[];

  @Field(() => [OfferSkillModel], {
    description: '歓迎するスキル・免許・資格 / Preferred skills and licences.',
  })
  preferredSkills: OfferSkillModel[];

  @Field(() => [String], { description: '歓迎スキルの照合キー / Match keys of the preferred skills.' })
  preferredSkillKeys: string[];

  @Field(() => Int, { nullable: true, description: '必要な経験年数 / Minimum years of experience.' })
  minExperienceYears: number | null;

  @Field(() => Int, { nullable: true, description: '期間 (月) / Period offered in months.' })
  periodMonths: number | null;

  @Field(() => Int, { nullable: true, description: '月額賃金 (円) / Monthly wage in yen.' })
  monthlyWage: number | null;

  @Field(() => String, { nullable: true, description: '勤務時間 / Working hours.' })
  workingHours: string | null;

  @Field(() => ShiftPattern, { nullable: true })
  shiftPattern: ShiftPattern | null;

  @Field({ description: '就業場所の都道府県コード / Workplace prefecture code.' })
  workplacePrefectureCode: string;

  @Field(() => PrefectureModel)
  workplacePrefecture?: PrefectureModel;

  @Field(() => String, { nullable: true, description: '就業場所の市区町村 / Workplace city.' })
  workplaceCity: string | null;

  @Field(() => String, { nullable: true, description: '開始希望日 / Start wanted by.' })
  startBy: string | null;

  @Field(() => [WorkplaceCondition], { description: '提供する職場の条件 / Workplace conditions offered.' })
  conditions: WorkplaceCondition[];

  @Field(() => String, { nullable: true, description: '備考 / Notes.' })
  notes: string | null;

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => Int, {
    description: '編集時に expectedVersion として送る値 / Send as expectedVersion when editing.',
  })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const ReceivingOfferConnection = ConnectionType(ReceivingOfferModel, 'ReceivingOffer');

export function toReceivingOfferModel(entity: ReceivingOfferEntity): ReceivingOfferModel {
  return {
    id: entity.id,
    companyId: entity.companyId,
    owningOfficeId: entity.owningOfficeId,
    receivedOn: entity.receivedOn,
    moveTypes: moveTypesOf(entity),
    peopleWanted: entity.peopleWanted,
    peopleRemaining: entity.peopleRemaining,
    occupationCode: entity.occupationCode,
    jobTitle: entity.jobTitle,
    duties: entity.duties,
    requiredSkills: entity.requiredSkills,
    requiredSkillKeys: entity.requiredSkillKeys,
    preferredSkills: entity.preferredSkills,
    preferredSkillKeys: entity.preferredSkillKeys,
    minExperienceYears: entity.minExperienceYears,
    periodMonths: entity.periodMonths,
    monthlyWage: entity.monthlyWage,
    workingHours: entity.workingHours,
    shiftPattern: entity.shiftPattern,
    workplacePrefectureCode: entity.workplacePrefectureCode,
    workplaceCity: entity.workplaceCity,
    startBy: entity.startBy,
    conditions: entity.conditions,
    notes: entity.notes,
    status: entity.status,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
