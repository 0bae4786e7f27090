import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { ReceivingOfferModel } from '@kakehashi/offers';
import { CompanyModel, OfficeModel } from '@kakehashi/organisations';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TALENT_FACTOR_LABELS, TalentFactorKey } from '../matching/talent-factors';
import { PhysicalDemand, WorkingStyle } from '../talent-bank-graphql-enums';
import { RegistrantModel } from '../registrants/registrant.model';

registerLabelledEnum(TalentFactorKey, {
  name: 'TalentBankMatchFactorKey',
  description: 'キャリア人材バンクのマッチングの評価要素 / A factor of the talent bank matching.',
  labels: TALENT_FACTOR_LABELS,
});

@ObjectType('SeniorOpening', {
  description:
    '60歳以上を歓迎する受入情報 (シニア求人) / A receiving offer open to people aged 60 and over, with its conditions.',
})
export class SeniorOpeningModel {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => ReceivingOfferModel)
  receivingOffer?: ReceivingOfferModel;

  @Field(() => WorkingStyle)
  workingStyle: WorkingStyle;

  @Field(() => Int, { nullable: true, description: '週の勤務日数 / Days a week.' })
  daysPerWeek: number | null;

  @Field(() => Float, { nullable: true, description: '1日の勤務時間 / Hours a day.' })
  hoursPerDay: number | null;

  @Field(() => PhysicalDemand)
  physicalDemand: PhysicalDemand;

  @Field(() => Int, { nullable: true, description: '月額賃金の下限 (円) / Monthly wage from.' })
  wageMin: number | null;

  @Field(() => Int, { nullable: true, description: '月額賃金の上限 (円) / Monthly wage to.' })
  wageMax: number | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('SeniorOpeningConnection')
export class SeniorOpeningConnection extends ConnectionType(SeniorOpeningModel, 'SeniorOpening') {}

@ObjectType('TalentBankMatchFactor', { description: '評価要素ごとの得点 / How a pair does on one factor.' })
export class TalentMatchFactorModel {
  @Field(() => TalentFactorKey)
  factor: TalentFactorKey;

  @Field({ description: '要素名 (日本語) / Label.' })
  label: string;

  @Field(() => Float, { description: '重み (合計1) / Normalised weight.' })
  weight: number;

  @Field(() => Float, { description: '適合度 0〜1 / Fit, 0..1.' })
  value: number;

  @Field(() => Float, { description: '重み×適合度 (合計がスコア) / weight × value.' })
  contribution: number;
}

@ObjectType({ isAbstract: true })
abstract class TalentMatchBase {
  @Field(() => Int, { description: '順位 (1始まり) / Rank, from 1.' })
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => [TalentMatchFactorModel])
  factors: TalentMatchFactorModel[];

  @Field(() => [String], { description: '適合している点 / What fits.' })
  reasons: string[];

  @Field(() => [String], { description: '不足・相違点 / What is missing or short.' })
  gaps: string[];

  @Field(() => [String], { description: '参考情報 (採点対象外) / Not scored.' })
  notes: string[];
}

@ObjectType('TalentBankOpeningMatch', {
  description: '登録者に対するシニア求人の候補 / An opening ranked for a registrant.',
})
export class OpeningMatchModel extends TalentMatchBase {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => SeniorOpeningModel)
  opening: SeniorOpeningModel;
}

@ObjectType('TalentBankOpeningMatches')
export class OpeningMatchesModel {
  @Field(() => ID)
  registrantId: string;

  @Field(() => Int, { description: '採点したシニア求人の件数 / Openings scored.' })
  openingsScored: number;

  @Field(() => [OpeningMatchModel])
  items: OpeningMatchModel[];
}

@ObjectType('TalentBankRegistrantMatch', {
  description: 'シニア求人に対する登録者の候補 / A registrant ranked for an opening.',
})
export class RegistrantMatchModel extends TalentMatchBase {
  @Field(() => ID)
  registrantId: string;

  @Field(() => RegistrantModel)
  registrant: RegistrantModel;
}

@ObjectType('TalentBankRegistrantMatches')
export class RegistrantMatchesModel {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => Int, {
    description: '採点した登録者の件数 (閲覧できる範囲) / Registrants scored (those the caller may see).',
  })
  registrantsScored: number;

  @Field(() => [RegistrantMatchModel])
  items: RegistrantMatchModel[];
}

export function factorModels(
  factors: { factor: TalentFactorKey; weight: number; value: number; contribution: number }[],
): TalentMatchFactorModel[] {
  return factors.map((f) => ({ ...f, label: TALENT_FACTOR_LABELS[f.factor] }));
}

@ObjectType('TalentBankSupportRequest', {
  description:
    '企業からの支援依頼 (退職予定者の再就職支援) / A company asking support for its retiring employees.',
})
export class SupportRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field(() => CompanyModel)
  company?: CompanyModel;

  @Field(() => ID)
  officeId: string;

  @Field(() => OfficeModel)
  office?: OfficeModel;

  @Field({ description: '受付日 / Received on.' })
  receivedOn: string;

  @Field({ description: '企業の担当者 / Company contact.' })
  contactName: string;

  @Field(() => String, { nullable: true })
  contactDepartment: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => Int, { description: '支援を依頼する人数 / How many people.' })
  peopleCount: number;

  @Field(() => [String], { description: '退職予定日 / Expected leaving dates.' })
  expectedLeavingDates: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('TalentBankSupportRequestConnection')
export class SupportRequestConnection extends ConnectionType(
  SupportRequestModel,
  'TalentBankSupportRequest',
) {}
