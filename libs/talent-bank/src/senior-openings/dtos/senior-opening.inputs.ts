import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsDate, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import {
  AccessAction,
  AccessOutcome,
  PhysicalDemand,
  WorkingStyle,
} from '../../talent-bank-graphql-enums';

@InputType('TalentBankAccessLogFilter', { description: 'アクセス記録の絞り込み / Filter of the access log.' })
export class AccessLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  registrantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  actorUserId?: string | null;

  @Field(() => AccessOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(AccessOutcome, { message: '結果の指定が正しくありません。' })
  outcome?: AccessOutcome | null;

  @Field(() => AccessAction, { nullable: true })
  @IsOptional()
  @IsEnum(AccessAction, { message: '種類の指定が正しくありません。' })
  action?: AccessAction | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'この日時以降 / From (inclusive).' })
  @IsOptional()
  @IsDate({ message: '日時の指定が正しくありません。' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'この日時より前 / Before.' })
  @IsOptional()
  @IsDate({ message: '日時の指定が正しくありません。' })
  to?: Date | null;
}

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => AccessLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccessLogFilter)
  filter?: AccessLogFilter | null;
}

@InputType('SeniorOpeningInput', {
  description:
    '受入情報を60歳以上歓迎のシニア求人にする (または条件を変更する) / Mark a receiving offer open to people 60+, or edit it.',
})
export class SeniorOpeningInput {
  @Field(() => ID)
  @Allow()
  receivingOfferId: string;

  @Field(() => Int, {
    nullable: true,
    description: '変更時は読み込んだ version (新規は省略) / The version edited; omit to mark.',
  })
  @Allow()
  expectedVersion?: number | null;

  @Field(() => WorkingStyle)
  @Allow()
  workingStyle: WorkingStyle;

  @Field(() => Int, { nullable: true })
  @Allow()
  daysPerWeek?: number | null;

  @Field(() => Float, { nullable: true })
  @Allow()
  hoursPerDay?: number | null;

  @Field(() => PhysicalDemand)
  @Allow()
  physicalDemand: PhysicalDemand;

  @Field(() => Int, { nullable: true })
  @Allow()
  wageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @Allow()
  wageMax?: number | null;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType('SeniorOpeningFilter', { description: 'シニア求人の絞り込み / Filter of senior openings.' })
export class SeniorOpeningFilter {
  @Field(() => String, { nullable: true, description: '勤務地の都道府県コード / Workplace prefecture.' })
  @IsOptional()
  @IsString()
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: '職業分類 大分類コード / Occupation group.' })
  @IsOptional()
  @IsString()
  occupationCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: '受付中のみ (既定: true) / Open ones only.' })
  @IsOptional()
  openOnly?: boolean | null;
}

@ArgsType()
export class SeniorOpeningsArgs extends PageArgs {
  @Field(() => SeniorOpeningFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeniorOpeningFilter)
  filter?: SeniorOpeningFilter | null;
}

@InputType('CreateTalentBankSupportRequestInput', {
  description: '企業からの支援依頼の登録 / A company’s request to support its retiring employees.',
})
export class CreateSupportRequestInput {
  @Field(() => ID)
  @Allow()
  companyId: string;

  @Field(() => ID, {
    nullable: true,
    description: '担当事務所 (本部のみ指定可) / Office (headquarters only).',
  })
  @Allow()
  officeId?: string | null;

  @Field({ description: '受付日 / Received on.' })
  @Allow()
  receivedOn: string;

  @Field()
  @Allow()
  contactName: string;

  @Field(() => String, { nullable: true })
  @Allow()
  contactDepartment?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  contactEmail?: string | null;

  @Field(() => Int)
  @Allow()
  peopleCount: number;

  @Field(() => [String], { nullable: true, description: '退職予定日 / Expected leaving dates.' })
  @Allow()
  expectedLeavingDates?: string[] | null;

  @Field(() => String, { nullable: true })
  @Allow()
  notes?: string | null;
}

@InputType('TalentBankSupportRequestFilter')
export class SupportRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  companyId?: string | null;
}

@ArgsType()
export class SupportRequestsArgs extends PageArgs {
  @Field(() => SupportRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupportRequestFilter)
  filter?: SupportRequestFilter | null;
}
