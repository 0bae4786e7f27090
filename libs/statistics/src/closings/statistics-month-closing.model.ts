import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StatisticsMonthClosing } from '../statistics.types';

@ObjectType('StatisticsMonthClosing', {
  description: '本部による月の締め (確定) と締めた時点の全国の数値 / A month closed by headquarters.',
})
export class StatisticsMonthClosingModel implements StatisticsMonthClosing {
  @Field()
  yearMonth: string;

  @Field()
  closedAt: Date;

  @Field(() => ID)
  closedByUserId: string;

  @Field(() => Int, { description: '受入情報 (全国、全形態) / Receiving, national.' })
  receiving: number;

  @Field(() => Int, { description: '送出情報 (全国、全形態) / Sending, national.' })
  sending: number;

  @Field(() => Int)
  establishedSecondment: number;

  @Field(() => Int)
  establishedTransfer: number;

  @Field(() => Int)
  establishedTotal: number;
}
