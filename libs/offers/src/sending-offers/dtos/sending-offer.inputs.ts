import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import {
  AgeBand,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  WorkplaceCondition,
} from '../../shared/offer-graphql-enums';

// Fields carry @Allow only: the rules live in normaliseSendingOfferFields and the write service, which also check
// codes and the company against the database, so that one response lists every problem at once.

@InputType({ description: '送出情報の登録 / Record sending information.' })
export class CreateSendingOfferInput {
  @Field(() => ID, {
    description: '送出企業 (担当事務所は企業の担当事務所) / The company; the offer takes its office.',
  })
  @Allow()
  companyId: string;

  @Field(() => String, {
    nullable: true,
    description: '受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted.',
  })
  @Allow()
  receivedOn?: string | null;

  // Required, yet nullable in the schema: a form sent without a choice gets this field's Japanese error together with
  // every other problem, instead of a request refused before any field is looked at.
  @Field(() => MoveTypeWanted, {
    nullable: true,
    description: '希望する形態 (必須) / Kind of move wanted; required.',
  })
  @Allow()
  moveType?: MoveTypeWanted | null;

  @Field(() => Int, { nullable: true, description: '人数 (必須、1以上) / Number of people; required.' })
  @Allow()
  peopleCount?: number | null;

  @Field(() => SendingReason, { nullable: true, description: '送出理由 (必須) / Reason; required.' })
  @Allow()
  reason?: SendingReason | null;

  @Field(() => String, {
    nullable: true,
    description: '理由の詳細 (「その他」は必須) / Reason detail; required for OTHER.',
  })
  @Allow()
  reasonDetail?: string | null;

  @Field({ description: '職業分類 大分類コード (A〜L) / Occupation major group code.' })
  @Allow()
  occupationCode: string;

  @Field({ description: '職種名 (必須) / Job title.' })
  @Allow()
  jobTitle: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'スキル・免許・資格 (自由入力。辞書で表記ゆれを吸収) / Skills as typed; resolved against the dictionary.',
  })
  @Allow()
  skills?: string[] | null;

  @Field(() => Int, { nullable: true, description: '経験年数 (0〜60) / Years of experience.' })
  @Allow()
  experienceYears?: number | null;

  @Field(() => AgeBand, { nullable: true })
  @Allow()
  ageBand?: AgeBand | null;

  @Field(() => Int, { nullable: true, description: '現在の月額賃金 (円) / Current monthly wage in yen.' })
  @Allow()
  monthlyWage?: number | null;

  @Field(() => Int, { nullable: true, description: '希望期間 (1〜36か月) / Desired period in months.' })
  @Allow()
  desiredPeriodMonths?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: '勤務可能な都道府県 (空は全国可) / Acceptable prefectures.',
  })
  @Allow()
  acceptablePrefectureCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: '開始可能日 (YYYY-MM-DD) / Earliest start date.' })
  @Allow()
  earliestStartOn?: string | null;

  @Field(() => [WorkplaceCondition], {
    nullable: true,
    description: '希望する職場の条件 / Conditions wanted.',
  })
  @Allow()
  conditions?: WorkplaceCondition[] | null;

  @Field(() => String, { nullable: true, description: '備考 (2000文字以内) / Notes.' })
  @Allow()
  notes?: string | null;
}

@InputType({
  description:
    '送出情報の編集。省略した項目は変更しません / Edit sending information; omitted fields stay as they are.',
})
export class UpdateSendingOfferInput extends PartialType(
  OmitType(CreateSendingOfferInput, ['companyId'] as const),
) {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '編集を始めたときの version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => OfferStatus, {
    nullable: true,
    description:
      '状況 (終了から戻せるのは残り人数がある場合のみ) / Status; a closed offer reopens only with people left.',
  })
  @Allow()
  status?: OfferStatus | null;
}
