import { ConnectionType } from '@kakehashi/graphql-core';
import { CompanyModel, OfficeModel, PrefectureModel } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OccupationMajorGroupModel } from '../reference-data/occupation-major-group.model';
import {
  AgeBand,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  WorkplaceCondition,
} from '../shared/offer-graphql-enums';
import { OfferSkillModel } from '../shared/offer-skill.model';
import type { SendingOfferEntity } from './sending-offer.entity';

@ObjectType('SendingOffer', {
  description: '送出情報: 企業が出向・移籍で送り出せる人材 / Sending information: people a company can send.',
})
export class SendingOfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  /** Resolved through the per-request loader. */
  @Field(() => CompanyModel, { description: '送出企業 / The sending company.' })
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

  @Field(() => MoveTypeWanted, { description: '希望する形態 / Kind of move wanted.' })
  moveType: MoveTypeWanted;

  @Field(() => Int, { description: '人数 / Number of people.' })
  peopleCount: number;

  @Field(() => Int, { description: '未成立の人数 (0で終了) / People not yet placed; the offer closes at 0.' })
  peopleAvailable: number;

  @Field(() => SendingReason)
  reason: SendingReason;

  @Field(() => String, { nullable: true, description: '理由の詳細 / Reason in free text.' })
  reasonDetail: string | null;

  @Field({ description: '職業分類 大分類コード (A〜L) / Occupation major group code.' })
  occupationCode: string;

  @Field(() => OccupationMajorGroupModel)
  occupation?: OccupationMajorGroupModel;

  @Field({ description: '職種名 / Job title.' })
  jobTitle: string;

  @Field(() => [OfferSkillModel], {
    description: 'スキル・免許・資格 / Skills, licences and qualifications.',
  })
  skills: OfferSkillModel[];

  @Field(() => [String], {
    description: '照合キー (包含する資格を含む) / Match keys, with those of implied licences.',
  })
  skillKeys: string[];

  @Field(() => Int, { nullable: true, description: '経験年数 / Years of experience.' })
  experienceYears: number | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => Int, { nullable: true, description: '現在の月額賃金 (円) / Current monthly wage in yen.' })
  monthlyWage: number | null;

  @Field(() => Int, { nullable: true, description: '希望期間 (月) / Desired period in months.' })
  desiredPeriodMonths: number | null;

  @Field(() => [String], {
    description: '勤務可能な都道府県 (空は全国可) / Acceptable prefectures; empty: anywhere.',
  })
  acceptablePrefectureCodes: string[];

  @Field(() => [PrefectureModel])
  acceptablePrefectures?: PrefectureModel[];

  @Field(() => String, { nullable: true, description: '開始可能日 / Earliest start date.' })
  earliestStartOn: string | null;

  @Field(() => [WorkplaceCondition], { description: '希望する職場の条件 / Workplace conditions wanted.' })
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

export const SendingOfferConnection = ConnectionType(SendingOfferModel, 'SendingOffer');

export function toSendingOfferModel(entity: SendingOfferEntity): SendingOfferModel {
  return {
    id: entity.id,
    companyId: entity.companyId,
    owningOfficeId: entity.owningOfficeId,
    receivedOn: entity.receivedOn,
    moveType: entity.moveType,
    peopleCount: entity.peopleCount,
    peopleAvailable: entity.peopleAvailable,
    reason: entity.reason,
    reasonDetail: entity.reasonDetail,
    occupationCode: entity.occupationCode,
    jobTitle: entity.jobTitle,
    skills: entity.skills,
    skillKeys: entity.skillKeys,
    experienceYears: entity.experienceYears,
    ageBand: entity.ageBand,
    monthlyWage: entity.monthlyWage,
    desiredPeriodMonths: entity.desiredPeriodMonths,
    acceptablePrefectureCodes: entity.acceptablePrefectureCodes,
    earliestStartOn: entity.earliestStartOn,
    conditions: entity.conditions,
    notes: entity.notes,
    status: entity.status,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
