import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OjtDiaryEntry', {
  description: 'OJT実施状況報告書（訓練日誌）の1日分 (様式第7号 別添様式2-5) / One day of the OJT diary.',
})
export class OjtDiaryEntryModel {
  @Field({ description: '④ 実施日 / Day.' })
  date: string;

  @Field({ description: '⑤ 訓練実施時間 (開始 HH:MM) / From.' })
  from: string;

  @Field({ description: '⑤ 訓練実施時間 (終了 HH:MM) / To.' })
  to: string;

  @Field(() => Int, { description: '受講時間数 (分) / Minutes attended.' })
  attendedMinutes: number;

  @Field({ description: '実施した内容 / What was done.' })
  content: string;

  @Field({ description: '訓練生の考察・感想 / The trainee’s reflections.' })
  reflection: string;

  @Field(() => String, { nullable: true, description: '訓練担当者の確認日 / Confirmed by the trainer on.' })
  trainerConfirmedOn: string | null;
}

@ObjectType('OffJtReportEntry', {
  description: 'OFF-JT実施状況報告書の1日分 (様式第7号 別添様式2-4a) / One day of the Off-JT report.',
})
export class OffJtReportEntryModel {
  @Field({ description: '⑥ 実施日 / Day.' })
  date: string;

  @Field({ description: '⑦ 訓練実施時間帯 (開始) / From.' })
  from: string;

  @Field({ description: '⑦ 訓練実施時間帯 (終了) / To.' })
  to: string;

  @Field(() => Int, { description: 'うち除外時間数 (分) / Excluded minutes.' })
  excludedMinutes: number;

  @Field(() => Int, { description: '受講時間数 (分) / Minutes attended.' })
  attendedMinutes: number;

  @Field(() => Int, { nullable: true, description: '1単位時間 (分) / The provider’s unit time.' })
  unitMinutes: number | null;

  @Field({ description: '実施内容 / Content.' })
  content: string;

  @Field(() => String, {
    nullable: true,
    description: '訓練実施機関の証明日 / Certified by the provider on.',
  })
  providerCertifiedOn: string | null;
}

@ObjectType('TrainingLog', { description: '訓練日誌と Off-JT 実施状況報告書 / The daily logs.' })
export class TrainingLogModel {
  @Field(() => [OjtDiaryEntryModel])
  ojt: OjtDiaryEntryModel[];

  @Field(() => [OffJtReportEntryModel])
  offJt: OffJtReportEntryModel[];
}

@ObjectType('TrainingLogTotals', {
  description: '③/⑤ 総訓練時間数 (記録から計算) と助成金の対象時間 / The logs’ totals.',
})
export class TrainingLogTotalsModel {
  @Field(() => Int, { description: 'OJT 受講時間数の合計 (分) / OJT minutes.' })
  ojtMinutes: number;

  @Field(() => Int, { description: 'Off-JT 受講時間数の合計 (分、時計の時間) / Off-JT minutes attended.' })
  offJtAttendedMinutes: number;

  @Field(() => Int, {
    description: 'Off-JT の算定時間 (分、45〜59分の単位を1時間として) / Off-JT minutes counted (R-TR-13).',
  })
  offJtCountedMinutes: number;

  @Field(() => Int, {
    description: '助成金の対象となる OJT (担当者確認済み、分) / OJT minutes for the subsidy.',
  })
  subsidyOjtMinutes: number;

  @Field(() => Int, {
    description: '助成金の対象となる Off-JT (実施機関証明済み、算定後、分) / Off-JT minutes for the subsidy.',
  })
  subsidyOffJtMinutes: number;

  @Field({ description: 'OJT の合計 (h時間m分) / OJT total as shown.' })
  ojtDisplay: string;

  @Field({ description: 'Off-JT の算定時間 (h時間m分) / Off-JT counted as shown.' })
  offJtCountedDisplay: string;
}
