import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import '../jobcard-graphql-enums';
import {
  JobcardAccessActionEnum,
  JobcardAccessOutcomeEnum,
  JobcardRecordKindEnum,
  type JobcardAccessAction,
  type JobcardAccessOutcome,
  type JobcardRecordKind,
} from '../jobcard-enums';

@ObjectType('JobcardAccessLogEntry', {
  description:
    '評価シート・訓練実施計画の個人データへのアクセス記録 (個人データそのものは含まない) / One access; never the data.',
})
export class JobcardAccessLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID)
  actorUserId: string;

  @Field()
  actorRole: string;

  @Field(() => ID, { nullable: true })
  actorOfficeId: string | null;

  @Field(() => JobcardAccessActionEnum)
  action: JobcardAccessAction;

  @Field({ description: '操作 (GraphQL、出力の経路) / Operation or route.' })
  operation: string;

  @Field(() => JobcardRecordKindEnum)
  recordKind: JobcardRecordKind;

  @Field(() => ID, { nullable: true })
  recordId: string | null;

  @Field(() => [String], { description: '読み取った項目名 / Names of the fields read.' })
  fields: string[];

  @Field(() => JobcardAccessOutcomeEnum)
  outcome: JobcardAccessOutcome;

  @Field(() => String, { nullable: true })
  denialReason: string | null;

  @Field(() => String, { nullable: true, description: '接続元IPアドレス / Client address.' })
  clientIp: string | null;
}

@ObjectType('JobcardAccessLogConnection')
export class JobcardAccessLogConnection extends ConnectionType(
  JobcardAccessLogEntryModel,
  'JobcardAccessLogEntry',
) {}
