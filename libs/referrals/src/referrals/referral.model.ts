import { ConnectionType } from '@kakehashi/graphql-core';
import { CompanySize } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReferralEntity } from './referral.entity';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_STATUS_LABELS } from '../referral-enums';
import { ReferralNeed, ReferralOutcome, ReferralStatus } from '../referral-graphql-enums';

/**
 * A referral as both sides see it: its content, where it stands, its dates and outcome. The Center-only fields
 * (internal notes, duplicates, the linked company and offers) are field resolvers that refuse partners
 * (resolvers/referral-fields.resolver.ts); the ids they resolve from are not GraphQL fields here.
 */
@ObjectType('Referral', { description: '関係機関からの紹介 / A partner’s referral of a client company.' })
export class ReferralModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '紹介元の提携機関 / The referring institution.' })
  institutionId: string;

  @Field(() => ID, {
    nullable: true,
    description: '紹介元の支店 (本部作成は null) / Branch; null for the head office.',
  })
  branchId: string | null;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field({ description: '状態の表示名 / Status label.' })
  statusLabel: string;

  @Field()
  clientName: string;

  @Field(() => String, { nullable: true })
  clientCorporateNumber: string | null;

  @Field()
  clientJsicMajorCode: string;

  @Field()
  clientPrefectureCode: string;

  @Field(() => CompanySize)
  clientSize: CompanySize;

  @Field(() => Int, { nullable: true })
  clientEmployeeCount: number | null;

  @Field(() => ReferralNeed)
  need: ReferralNeed;

  @Field(() => Int, { nullable: true })
  surplusPeople: number | null;

  @Field(() => Int, { nullable: true })
  shortagePeople: number | null;

  @Field()
  occupations: string;

  @Field(() => String, { nullable: true })
  desiredStartOn: string | null;

  @Field()
  description: string;

  @Field()
  consentObtainedOn: string;

  @Field()
  consentObtainedBy: string;

  @Field({
    description:
      '既存の紹介・求人情報と同一企業の可能性 (詳細はセンターのみ) / Possible duplicate; details are Center-only.',
  })
  possibleDuplicate: boolean;

  @Field(() => String, { nullable: true, description: '差戻しの理由 / Why it was returned.' })
  returnReason: string | null;

  @Field(() => ReferralOutcome, { nullable: true })
  outcome: ReferralOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeLabel: string | null;

  @Field(() => String, { nullable: true, description: '結果の日付 / Outcome date.' })
  outcomeOn: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  forwardedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  returnedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  assignedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  convertedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '作成した一括登録 / The bulk upload that created it.' })
  importId: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '一括登録ファイルでの行番号 (Excelの行番号) / Its row in the uploaded file, as Excel numbers it.',
  })
  importRowNumber: number | null;

  @Field(() => Int, { description: '楽観的排他制御のバージョン / Version for optimistic concurrency.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  // Not GraphQL fields: what the relation and Center-only fields resolve from.
  createdByUserId: string;
  assignedOfficeId: string | null;
  companyId: string | null;
  sendingOfferId: string | null;
  receivingOfferId: string | null;
  outcomeCaseId: string | null;
  outcomeNoCaseReason: string | null;
}

export function toReferralModel(entity: ReferralEntity): ReferralModel {
  return {
    id: entity.id,
    institutionId: entity.institutionId,
    branchId: entity.branchId,
    status: entity.status,
    statusLabel: REFERRAL_STATUS_LABELS[entity.status],
    clientName: entity.clientName,
    clientCorporateNumber: entity.clientCorporateNumber,
    clientJsicMajorCode: entity.clientJsicMajorCode,
    clientPrefectureCode: entity.clientPrefectureCode,
    clientSize: entity.clientSize,
    clientEmployeeCount: entity.clientEmployeeCount,
    need: entity.need,
    surplusPeople: entity.surplusPeople,
    shortagePeople: entity.shortagePeople,
    occupations: entity.occupations,
    desiredStartOn: entity.desiredStartOn,
    description: entity.description,
    consentObtainedOn: entity.consentObtainedOn,
    importId: entity.importId,
    importRowNumber: entity.importRowNumber,
    consentObtainedBy: entity.consentObtainedBy,
    possibleDuplicate: entity.possibleDuplicate,
    returnReason: entity.returnReason,
    outcome: entity.outcome,
    outcomeLabel: entity.outcome ? REFERRAL_OUTCOME_LABELS[entity.outcome] : null,
    outcomeOn: entity.outcomeOn,
    submittedAt: entity.submittedAt,
    forwardedAt: entity.forwardedAt,
    acceptedAt: entity.acceptedAt,
    returnedAt: entity.returnedAt,
    assignedAt: entity.assignedAt,
    convertedAt: entity.convertedAt,
    closedAt: entity.closedAt,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    createdByUserId: entity.createdByUserId,
    assignedOfficeId: entity.assignedOfficeId,
    companyId: entity.companyId,
    sendingOfferId: entity.sendingOfferId,
    receivingOfferId: entity.receivingOfferId,
    outcomeCaseId: entity.outcomeCaseId,
    outcomeNoCaseReason: entity.outcomeNoCaseReason,
  };
}

export const ReferralConnection = ConnectionType(ReferralModel, 'Referral');
