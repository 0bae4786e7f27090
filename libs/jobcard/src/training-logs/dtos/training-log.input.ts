import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@InputType('OjtDiaryEntryInput', { description: '訓練日誌の1日分 / One day of the OJT diary.' })
export class OjtDiaryEntryInput {
  @Field({ description: '実施日 (YYYY-MM-DD) / Day.' })
  @Allow()
  date: string;

  @Field({ description: '開始 (H:MM) / From.' })
  @Allow()
  from: string;

  @Field({ description: '終了 (H:MM) / To.' })
  @Allow()
  to: string;

  @Field(() => Int, { description: '受講時間数 (分) / Minutes attended.' })
  @Allow()
  attendedMinutes: number;

  @Field({ description: '実施した内容 / What was done.' })
  @Allow()
  content: string;

  @Field({ description: '訓練生の考察・感想 / Reflections.' })
  @Allow()
  reflection: string;

  @Field(() => String, { nullable: true, description: '訓練担当者の確認日 / Trainer confirmed on.' })
  @Allow()
  trainerConfirmedOn?: string | null;
}

@InputType('OffJtReportEntryInput', { description: 'Off-JT 実施状況報告書の1日分 / One Off-JT day.' })
export class OffJtReportEntryInput {
  @Field({ description: '実施日 / Day.' })
  @Allow()
  date: string;

  @Field({ description: '訓練実施時間帯の開始 / From.' })
  @Allow()
  from: string;

  @Field({ description: '訓練実施時間帯の終了 / To.' })
  @Allow()
  to: string;

  @Field(() => Int, { defaultValue: 0, description: 'うち除外時間数 (分) / Excluded minutes.' })
  @Allow()
  excludedMinutes: number;

  @Field(() => Int, { description: '受講時間数 (分) / Minutes attended.' })
  @Allow()
  attendedMinutes: number;

  @Field(() => Int, { nullable: true, description: '1単位時間 (分) / Unit time.' })
  @Allow()
  unitMinutes?: number | null;

  @Field({ description: '実施内容 / Content.' })
  @Allow()
  content: string;

  @Field(() => String, { nullable: true, description: '訓練実施機関の証明日 / Provider certified on.' })
  @Allow()
  providerCertifiedOn?: string | null;
}

@ArgsType()
export class SaveTrainingLogArgs {
  @Field(() => ID, { description: '訓練実施計画 / The plan.' })
  @Allow()
  planId: string;

  @Field(() => Int, { description: '読み込んだ計画のバージョン / The plan version read.' })
  @Allow()
  version: number;

  @Field(() => [OjtDiaryEntryInput], { description: '訓練日誌 (全件を置き換え) / The whole OJT diary.' })
  @Allow()
  ojt: OjtDiaryEntryInput[];

  @Field(() => [OffJtReportEntryInput], {
    description: 'Off-JT 実施状況報告書 (全件を置き換え) / The whole Off-JT report.',
  })
  @Allow()
  offJt: OffJtReportEntryInput[];
}
