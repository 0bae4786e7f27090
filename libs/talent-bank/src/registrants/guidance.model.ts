import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgeBand, EligibilityReason } from '../talent-bank-graphql-enums';

@ObjectType('TalentBankFieldProblem', { description: '項目ごとの指摘 / A problem on one input field.' })
export class FieldProblemModel {
  @Field({ description: '入力項目のパス (input.dateOfBirth など) / Path of the field.' })
  field: string;

  @Field()
  message: string;
}

@ObjectType('TalentBankEligibilityReasonGuide', {
  description: '対象理由とその説明 / A reason and what it means.',
})
export class EligibilityReasonGuideModel {
  @Field(() => EligibilityReason)
  reason: EligibilityReason;

  @Field()
  label: string;

  @Field()
  explanation: string;
}

@ObjectType('TalentBankGuidance', {
  description:
    'キャリア人材バンクの規則の説明 (画面に表示する文面) / The rules in the words the screens show.',
})
export class GuidanceModel {
  @Field({ description: '登録の対象となる方 / Who may register.' })
  eligibilityRule: string;

  @Field(() => [EligibilityReasonGuideModel])
  reasons: EligibilityReasonGuideModel[];

  @Field({ description: '同意を撤回するとどうなるか / What a withdrawal does to the data.' })
  withdrawalNotice: string;

  @Field({ description: '登録期限 / When a registration expires.' })
  expiryNotice: string;

  @Field(() => Int, { description: '終了後に個人データを匿名化するまでの日数 / Retention days.' })
  retentionDays: number;
}

@ObjectType('TalentBankEligibilityCheck', {
  description: '登録の対象かどうか (本日登録する場合) / Whether the person may register today, and why not.',
})
export class EligibilityCheckModel {
  @Field({ description: '登録日 (本日) / The registration day the check used.' })
  registeredOn: string;

  @Field({ description: '回答が揃い、登録の対象である / All answered, and eligible.' })
  eligible: boolean;

  @Field({ description: '判定に必要な回答が揃っている / Every answer the rule needs is given.' })
  complete: boolean;

  @Field(() => Int, { nullable: true, description: '登録日時点の年齢 / Age on the registration day.' })
  age: number | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  @Field({ description: '判定の説明 (日本語) / The decision in words.' })
  summary: string;

  @Field(() => [FieldProblemModel], { description: '対象外の理由・入力の誤り / Why not, per field.' })
  problems: FieldProblemModel[];
}

@ObjectType('TalentBankContactDetails', {
  description:
    '登録者の連絡先と生年月日 (表示する操作としてアクセス記録に残ります) / Contact details and date of birth, revealed and logged.',
})
export class ContactDetailsModel {
  @Field(() => ID)
  registrantId: string;

  @Field(() => String, { nullable: true, description: '生年月日 / Date of birth.' })
  dateOfBirth: string | null;

  @Field(() => Int, { nullable: true, description: '年齢 (本日) / Age today.' })
  age: number | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}
