import { MoveType } from '@kakehashi/offers';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@InputType({
  description:
    '案件の作成: マッチングで採用した組み合わせ、または送出情報と受入情報から / Open a case from a taken-up match or an offer pair.',
})
export class CreateCaseInput {
  @Field(() => ID, {
    nullable: true,
    description: '採用したマッチング (指定すると送出・受入情報と人数を引き継ぐ) / A taken-up suggestion.',
  })
  @Allow()
  matchDecisionId?: string | null;

  @Field(() => ID, { nullable: true })
  @Allow()
  sendingOfferId?: string | null;

  @Field(() => ID, { nullable: true })
  @Allow()
  receivingOfferId?: string | null;

  @Field(() => MoveType, {
    nullable: true,
    description: '在籍型出向か移籍か (双方の情報が一つに決まる場合は省略可) / Move type.',
  })
  @Allow()
  moveType?: MoveType | null;

  @Field(() => Int, { nullable: true, description: '人数 (省略時は採用時の人数または1) / People.' })
  @Allow()
  people?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: '送出側の担当コンサルタント (省略時、送出側事務所の作成者) / Sending-side consultant.',
  })
  @Allow()
  sendingConsultantId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '受入側の担当コンサルタント (省略時、受入側事務所の作成者) / Receiving-side consultant.',
  })
  @Allow()
  receivingConsultantId?: string | null;
}
