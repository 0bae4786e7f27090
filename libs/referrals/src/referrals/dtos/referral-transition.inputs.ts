import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { ReferralOutcome } from '../../referral-graphql-enums';

// Checked in the services (Japanese field errors, one transaction); @Allow keeps the fields through the pipe.

@InputType({ description: '紹介の状態を進める操作 / An action on a referral at a known version.' })
export class ReferralVersionInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '読み込んだ時の version / The version the action is based on.' })
  @Allow()
  expectedVersion: number;
}

@InputType({ description: '理由を伴う操作 (差戻し・取下げ) / An action with a reason.' })
export class ReferralReasonInput extends ReferralVersionInput {
  @Field({ description: '理由 (必須、提携機関にも表示) / Reason; the partner sees it.' })
  @Allow()
  reason: string;
}

@InputType({ description: '担当事務所の決定 / Assign to a regional office.' })
export class AssignReferralInput extends ReferralVersionInput {
  @Field(() => ID, { description: '地方事務所 (本部は不可) / A regional office, not headquarters.' })
  @Allow()
  officeId: string;
}

@InputType({
  description:
    '企業・送出/受入情報との紐付け。人員過剰は送出情報、不足は受入情報、両方は両方 / Link the company and its offers.',
})
export class ConvertReferralInput extends ReferralVersionInput {
  @Field(() => ID)
  @Allow()
  companyId: string;

  @Field(() => ID, { nullable: true })
  @Allow()
  sendingOfferId?: string | null;

  @Field(() => ID, { nullable: true })
  @Allow()
  receivingOfferId?: string | null;
}

@InputType({ description: '結果の報告 / Report how the referral ended.' })
export class ReportReferralOutcomeInput extends ReferralVersionInput {
  @Field(() => ReferralOutcome)
  @Allow()
  outcome: ReferralOutcome;

  @Field({ description: '結果の日付 (YYYY-MM-DD、未来不可) / The date; not in the future.' })
  @Allow()
  outcomeOn: string;

  @Field(() => String, {
    nullable: true,
    description: '補足 (提携機関にも表示) / Comment; the partner sees it.',
  })
  @Allow()
  comment?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '成立した案件 (この紹介の送出・受入情報から作られた案件) / 成立: the case that established it, opened from the referral’s offers.',
  })
  @Allow()
  caseId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '成立で案件がない場合の理由 (案件とどちらか一方) / 成立 without a case: why (either this or caseId).',
  })
  @Allow()
  noCaseReason?: string | null;
}

@InputType({
  description: 'センター内部メモ (提携機関には非表示) / An internal note; never shown to partners.',
})
export class AddReferralNoteInput {
  @Field(() => ID)
  @Allow()
  referralId: string;

  @Field()
  @Allow()
  body: string;
}
