import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  ConsentMethod,
  EligibilityReason,
  EmploymentType,
  Gender,
  PhysicalDemand,
  RegistrantStatus,
  WageBand,
  WorkHistoryEmploymentKind,
  WorkingStyleWanted,
} from '../../talent-bank-graphql-enums';

// Fields of the write inputs carry @Allow only: the services check them (rules/registrant-fields.ts) and report every
// problem at once, in Japanese, on its field.

@InputType('TalentBankWorkHistoryInput', { description: '職務経歴1件 / One work history entry.' })
export class WorkHistoryInput {
  @Field({ description: '開始年月 (例: 1985-04) / From (month).' })
  @Allow()
  from: string;

  @Field(() => String, { nullable: true, description: '終了年月 (在職中は空) / To (month).' })
  @Allow()
  to?: string | null;

  @Field()
  @Allow()
  company: string;

  @Field({ description: '職務内容 / Duties.' })
  @Allow()
  duties: string;

  @Field(() => String, { nullable: true, description: '役職 / Position.' })
  @Allow()
  position?: string | null;

  @Field(() => WorkHistoryEmploymentKind, {
    nullable: true,
    description: '雇用形態 (有期実習型訓練の受講資格の判定に使用) / Employment kind.',
  })
  @Allow()
  employmentKind?: WorkHistoryEmploymentKind | null;

  @Field(() => String, { nullable: true, description: '分野 (例: 金属プレス加工) / Field of the work.' })
  @Allow()
  field?: string | null;
}

@InputType('TalentBankCareerInput', {
  description:
    '職業経歴 (ジョブ・カード形式)。指定すると全体を置き換えます / Career record; replaces the whole record.',
})
export class CareerInput {
  @Field(() => [WorkHistoryInput], { nullable: true })
  @Allow()
  workHistory?: WorkHistoryInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: '免許・資格 (辞書で照合) / Licences and qualifications.',
  })
  @Allow()
  qualifications?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Allow()
  skills?: string[] | null;

  @Field(() => String, { nullable: true })
  @Allow()
  strengths?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  evaluationSummary?: string | null;
}

@InputType('TalentBankWishesInput', {
  description: '希望条件。指定すると全体を置き換えます / Wishes; replaces all of them.',
})
export class WishesInput {
  @Field(() => [String], { nullable: true, description: '希望職種 (大分類コード A〜L) / Occupation groups.' })
  @Allow()
  occupationCodes?: string[] | null;

  @Field(() => WorkingStyleWanted, { nullable: true })
  @Allow()
  workingStyle?: WorkingStyleWanted | null;

  @Field(() => Int, { nullable: true, description: '週の勤務日数 (上限) / Days a week, at most.' })
  @Allow()
  daysPerWeek?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '1日の勤務時間 (上限、30分単位) / Hours a day, at most.',
  })
  @Allow()
  hoursPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: '希望月額賃金 (円) / Monthly wage.' })
  @Allow()
  monthlyWage?: number | null;

  @Field(() => [String], { nullable: true, description: '勤務可能な都道府県 / Acceptable prefectures.' })
  @Allow()
  acceptablePrefectureCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: '就業可能日 / Earliest start.' })
  @Allow()
  earliestStartOn?: string | null;

  @Field(() => PhysicalDemand, { nullable: true })
  @Allow()
  maxPhysicalDemand?: PhysicalDemand | null;
}

@InputType('TalentBankConsentInput', { description: '同意の記録 / The consent given.' })
export class ConsentInput {
  @Field({ description: '同意日 / Day given.' })
  @Allow()
  givenOn: string;

  @Field({ description: '同意した利用目的の版 / Purpose text version.' })
  @Allow()
  purposeVersion: string;

  @Field(() => ConsentMethod)
  @Allow()
  method: ConsentMethod;
}

@InputType('RegisterTalentBankRegistrantInput', {
  description:
    'キャリア人材バンクへの登録 (登録日は本日)。出身地・本籍・信条・労働組合への加入等は収集しません / A new registrant, registered today.',
})
export class RegisterRegistrantInput {
  @Field(() => ID, {
    nullable: true,
    description: '登録事務所 (本部のみ指定可。省略時は所属事務所) / Registering office (headquarters only).',
  })
  @Allow()
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: '支援依頼 / The support request, if any.' })
  @Allow()
  supportRequestId?: string | null;

  @Field()
  @Allow()
  name: string;

  @Field({ description: 'ふりがな / Kana.' })
  @Allow()
  kana: string;

  @Field({ description: '生年月日 (YYYY-MM-DD) / Date of birth.' })
  @Allow()
  dateOfBirth: string;

  @Field(() => String, { nullable: true })
  @Allow()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  address?: string | null;

  @Field({ description: '居住都道府県コード / Prefecture of residence.' })
  @Allow()
  prefectureCode: string;

  @Field(() => Gender, { nullable: true })
  @Allow()
  gender?: Gender | null;

  @Field(() => EligibilityReason)
  @Allow()
  eligibilityReason: EligibilityReason;

  @Field(() => String, {
    nullable: true,
    description: '離職日 (60歳以上で離職の場合は必須。定年・継続雇用の終了は予定日も可) / Day of leaving.',
  })
  @Allow()
  leftJobOn?: string | null;

  @Field(() => ConsentInput)
  @Allow()
  consent: ConsentInput;

  @Field(() => CareerInput, { nullable: true })
  @Allow()
  career?: CareerInput | null;

  @Field(() => WishesInput, { nullable: true })
  @Allow()
  wishes?: WishesInput | null;
}

@InputType('UpdateTalentBankRegistrantInput', {
  description:
    '登録内容の編集。省略した項目は変更せず、連絡先は null で削除します / Edit; omitted fields stay, a null contact is removed.',
})
export class UpdateRegistrantInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @Allow()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  kana?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  prefectureCode?: string | null;

  @Field(() => Gender, { nullable: true })
  @Allow()
  gender?: Gender | null;

  @Field(() => CareerInput, { nullable: true })
  @Allow()
  career?: CareerInput | null;

  @Field(() => WishesInput, { nullable: true })
  @Allow()
  wishes?: WishesInput | null;
}

@InputType('RecordTalentBankContactInput', {
  description: '本人との連絡の記録 (登録期限を延長) / A contact.',
})
export class RecordContactInput {
  @Field(() => ID)
  @Allow()
  registrantId: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field({ description: '連絡日 / Day of contact.' })
  @Allow()
  contactedOn: string;
}

@InputType('WithdrawTalentBankConsentInput', {
  description: '同意の撤回 (登録終了。保存期間の後に匿名化) / Consent withdrawn; anonymised after retention.',
})
export class WithdrawConsentInput {
  @Field(() => ID)
  @Allow()
  registrantId: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field({ description: '撤回日 / Day withdrawn.' })
  @Allow()
  withdrawnOn: string;
}

@InputType('RecordTalentBankReemploymentInput', { description: '再就職の記録 (登録終了) / A re-employment.' })
export class RecordReemploymentInput {
  @Field(() => ID)
  @Allow()
  registrantId: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field({ description: '再就職日 / Day re-employed.' })
  @Allow()
  reemployedOn: string;

  @Field(() => ID, { description: '再就職先の企業 / Employer (a company record).' })
  @Allow()
  employerCompanyId: string;

  @Field(() => ID, { nullable: true, description: '経由したシニア求人 / The opening, if any.' })
  @Allow()
  receivingOfferId?: string | null;

  @Field()
  @Allow()
  jobTitle: string;

  @Field({ description: '職業分類 大分類コード / Occupation group.' })
  @Allow()
  occupationCode: string;

  @Field(() => EmploymentType)
  @Allow()
  employmentType: EmploymentType;

  @Field(() => WageBand)
  @Allow()
  wageBand: WageBand;
}

@InputType('TalentBankRegistrantFilter', { description: '登録者の絞り込み / Filter of registrants.' })
export class RegistrantFilter {
  @Field(() => String, {
    nullable: true,
    description: '氏名・ふりがなの部分一致 (表記ゆれを吸収) / Part of the name or kana.',
  })
  @IsOptional()
  @IsString({ message: '氏名は文字列で指定してください。' })
  @MaxLength(100, { message: '氏名は100文字以内で指定してください。' })
  name?: string | null;

  @Field(() => RegistrantStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RegistrantStatus, { message: '状態の指定が正しくありません。' })
  status?: RegistrantStatus | null;

  @Field(() => ID, { nullable: true, description: '登録事務所 (コンサルタントは自事務所のみ) / Office.' })
  @IsOptional()
  @IsString()
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  supportRequestId?: string | null;
}

@ArgsType()
export class RegistrantsArgs extends PageArgs {
  @Field(() => RegistrantFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrantFilter)
  filter?: RegistrantFilter | null;
}
