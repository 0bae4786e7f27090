import { ConnectionType } from '@kakehashi/graphql-core';
import { CompanyModel, OfficeModel } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TalentBankSupportRequest', {
  description:
    '企業からの支援依頼 (退職予定者の再就職支援) / A company asking support for its retiring employees.',
})
export class SupportRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field(() => CompanyModel)
  company?: CompanyModel;

  @Field(() => ID)
  officeId: string;

  @Field(() => OfficeModel)
  office?: OfficeModel;

  @Field({ description: '受付日 / Received on.' })
  receivedOn: string;

  @Field({ description: '企業の担当者 / Company contact.' })
  contactName: string;

  @Field(() => String, { nullable: true })
  contactDepartment: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => Int, { description: '支援を依頼する人数 / How many people.' })
  peopleCount: number;

  @Field(() => [String], { description: '退職予定日 / Expected leaving dates.' })
  expectedLeavingDates: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('TalentBankSupportRequestConnection')
export class SupportRequestConnection extends ConnectionType(
  SupportRequestModel,
  'TalentBankSupportRequest',
) {}
