import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { AccessAction, AccessOutcome } from '../../talent-bank-graphql-enums';

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
