import { ConnectionType } from '@kakehashi/graphql-core';
import { ReceivingOfferModel } from '@kakehashi/offers';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhysicalDemand, WorkingStyle } from '../talent-bank-graphql-enums';

@ObjectType('SeniorOpening', {
  description:
    '60歳以上を歓迎する受入情報 (シニア求人) / A receiving offer open to people aged 60 and over, with its conditions.',
})
export class SeniorOpeningModel {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => ReceivingOfferModel)
  receivingOffer?: ReceivingOfferModel;

  @Field(() => WorkingStyle)
  workingStyle: WorkingStyle;

  @Field(() => Int, { nullable: true, description: '週の勤務日数 / Days a week.' })
  daysPerWeek: number | null;

  @Field(() => Float, { nullable: true, description: '1日の勤務時間 / Hours a day.' })
  hoursPerDay: number | null;

  @Field(() => PhysicalDemand)
  physicalDemand: PhysicalDemand;

  @Field(() => Int, { nullable: true, description: '月額賃金の下限 (円) / Monthly wage from.' })
  wageMin: number | null;

  @Field(() => Int, { nullable: true, description: '月額賃金の上限 (円) / Monthly wage to.' })
  wageMax: number | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('SeniorOpeningConnection')
export class SeniorOpeningConnection extends ConnectionType(SeniorOpeningModel, 'SeniorOpening') {}
