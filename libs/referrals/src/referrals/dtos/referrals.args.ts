import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ReferralNeed, ReferralStatus } from '../../referral-graphql-enums';

/** A calendar day, YYYY-MM-DD (a real day is checked by PostgreSQL's date cast: see referral-query.service). */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = '日付は YYYY-MM-DD の形式で指定してください。';

@InputType({
  description:
    '紹介の絞り込み。提携機関は自機関(支店)の範囲内だけ、範囲外の指定は何も一致しません / Filter; partners only within their own scope.',
})
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ReferralStatus, { each: true, message: '状態の指定が正しくありません。' })
  statuses?: ReferralStatus[] | null;

  @Field(() => ReferralNeed, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralNeed, { message: '相談内容の指定が正しくありません。' })
  need?: ReferralNeed | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '重複の可能性あり / Flagged as a possible duplicate.',
  })
  @IsOptional()
  @IsBoolean()
  possibleDuplicate?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '担当事務所が決まった紹介のみ (事務所の紹介一覧) / Only referrals assigned to a regional office (the offices’ list).',
  })
  @IsOptional()
  @IsBoolean()
  assignedToAnOffice?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  institutionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  assignedOfficeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '紹介先企業名 (部分一致、表記ゆれ吸収) / Client name.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '企業名は200文字以内で指定してください。' })
  clientName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '作成日がこの日以降 (YYYY-MM-DD、日本時間) / Created on or after this day (Japan time).',
  })
  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  createdFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '作成日がこの日以前 (YYYY-MM-DD、日本時間) / Created on or before this day (Japan time).',
  })
  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  createdTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'この一括登録で作成された紹介 / Created by this bulk upload.',
  })
  @IsOptional()
  @IsString()
  importId?: string | null;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter | null;
}
