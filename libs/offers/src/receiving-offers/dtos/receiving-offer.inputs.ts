import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { MoveType, OfferStatus, ShiftPattern, WorkplaceCondition } from '../../shared/offer-graphql-enums';

// Fields carry @Allow only: the rules live in normaliseReceivingOfferFields and the write service, so that one
// response lists every problem at once.

@InputType({ description: '受入情報の登録 / Record receiving information.' })
export class CreateReceivingOfferInput {
  @Field(() => ID, {
    description: '受入企業 (担当事務所は企業の担当事務所) / The company; the offer takes its office.',
  })
  @Allow()
  companyId: string;

  @Field(() => String, {
    nullable: true,
    description: '受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted.',
  })
  @Allow()
  receivedOn?: string | null;

  @Field(() => [MoveType], {
    description: '受入れ可能な形態 (1つ以上) / Kinds of move accepted (at least one).',
  })
  @Allow()
  moveTypes: MoveType[];

  // Required, yet nullable in the schema: left empty in a form, it gets its Japanese field error with the others.
  @Field(() => Int, { nullable: true, description: '募集人数 (必須、1以上) / People wanted; required.' })
  @Allow()
  peopleWanted?: number | null;

  @Field({ description: '職業分類 大分類コード (A〜L) / Occupation major group code.' })
  @Allow()
  occupationCode: string;

  @Field({ description: '職種名 (必須) / Job title.' })
  @Allow()
  jobTitle: string;

  @Field(() => String, { nullable: true, description: '業務内容 / Duties.' })
  @Allow()
  duties?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      '必須のスキル・免許・資格 (自由入力) / Required skills as typed; resolved against the dictionary.',
  })
  @Allow()
  requiredSkills?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: '歓迎するスキル・免許・資格 / Preferred skills as typed.',
  })
  @Allow()
  preferredSkills?: string[] | null;

  @Field(() => Int, { nullable: true, description: '必要な経験年数 (0〜60) / Minimum years of experience.' })
  @Allow()
  minExperienceYears?: number | null;

  @Field(() => Int, { nullable: true, description: '期間 (1〜36か月) / Period offered in months.' })
  @Allow()
  periodMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '月額賃金 (円) / Monthly wage in yen.' })
  @Allow()
  monthlyWage?: number | null;

  @Field(() => String, { nullable: true, description: '勤務時間 (例: 8:30〜17:30) / Working hours.' })
  @Allow()
  workingHours?: string | null;

  @Field(() => ShiftPattern, { nullable: true })
  @Allow()
  shiftPattern?: ShiftPattern | null;

  @Field({ description: '就業場所の都道府県コード (01〜47) / Workplace prefecture code.' })
  @Allow()
  workplacePrefectureCode: string;

  @Field(() => String, { nullable: true, description: '就業場所の市区町村 / Workplace city.' })
  @Allow()
  workplaceCity?: string | null;

  @Field(() => String, { nullable: true, description: '開始希望日 (YYYY-MM-DD) / Start wanted by.' })
  @Allow()
  startBy?: string | null;

  @Field(() => [WorkplaceCondition], {
    nullable: true,
    description: '提供する職場の条件 / Conditions offered.',
  })
  @Allow()
  conditions?: WorkplaceCondition[] | null;

  @Field(() => String, { nullable: true, description: '備考 (2000文字以内) / Notes.' })
  @Allow()
  notes?: string | null;
}

@InputType({
  description:
    '受入情報の編集。省略した項目は変更しません / Edit receiving information; omitted fields stay as they are.',
})
export class UpdateReceivingOfferInput extends PartialType(
  OmitType(CreateReceivingOfferInput, ['companyId'] as const),
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
