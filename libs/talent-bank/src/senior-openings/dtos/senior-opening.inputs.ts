import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PhysicalDemand, WorkingStyle } from '../../talent-bank-graphql-enums';

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
