import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import '../../jobcard-graphql-enums';
import {
  JobcardAccessActionEnum,
  JobcardAccessOutcomeEnum,
  JobcardRecordKindEnum,
  type JobcardAccessAction,
  type JobcardAccessOutcome,
  type JobcardRecordKind,
} from '../../jobcard-enums';

@InputType('JobcardAccessLogFilter', {
  description: 'アクセス記録の絞り込み / Filter of the Job Card access log.',
})
export class JobcardAccessLogFilter {
  @Field(() => JobcardRecordKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(JobcardRecordKindEnum), { message: '記録の種類の指定が正しくありません。' })
  recordKind?: JobcardRecordKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '記録の指定が正しくありません。' })
  recordId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '利用者の指定が正しくありません。' })
  actorUserId?: string | null;

  @Field(() => JobcardAccessOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(JobcardAccessOutcomeEnum), { message: '結果の指定が正しくありません。' })
  outcome?: JobcardAccessOutcome | null;

  @Field(() => JobcardAccessActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(JobcardAccessActionEnum), { message: '種類の指定が正しくありません。' })
  action?: JobcardAccessAction | null;

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
export class JobcardAccessLogArgs extends PageArgs {
  @Field(() => JobcardAccessLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobcardAccessLogFilter)
  filter?: JobcardAccessLogFilter | null;
}
