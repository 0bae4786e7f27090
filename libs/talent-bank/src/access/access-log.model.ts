import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AccessAction, AccessOutcome } from '../talent-bank-graphql-enums';

@ObjectType('TalentBankAccessLogEntry', {
  description:
    '登録者の個人データへのアクセス記録 (個人データそのものは含まない) / One access to a registrant’s personal data; never the data itself.',
})
export class AccessLogEntryModel {
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

  @Field(() => AccessAction)
  action: AccessAction;

  @Field({ description: '操作 (GraphQL) / Operation.' })
  operation: string;

  @Field(() => ID, { nullable: true })
  registrantId: string | null;

  @Field(() => [String], { description: '読み取った項目名 / Names of the fields read.' })
  fields: string[];

  @Field(() => AccessOutcome)
  outcome: AccessOutcome;

  @Field(() => String, { nullable: true })
  denialReason: string | null;

  @Field(() => String, { nullable: true, description: '接続元IPアドレス / Client address.' })
  clientIp: string | null;
}

@ObjectType('TalentBankAccessLogConnection')
export class AccessLogConnection extends ConnectionType(AccessLogEntryModel, 'TalentBankAccessLogEntry') {}
