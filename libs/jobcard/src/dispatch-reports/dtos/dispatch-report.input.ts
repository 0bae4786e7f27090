import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';

// The calculator's input; also the body of POST /jobcard/exports/dispatch-report.csv (to-dispatch-report-input.ts checks the
// shapes there, where GraphQL's types do not).

@InputType('DispatchContactsInput', {
  description: '① キャリアコンサルティングの窓口 / Consulting contacts.',
})
export class DispatchContactsInput {
  @Field(() => Int, { description: '窓口担当者 計 / Contacts.' })
  @Allow()
  total: number;

  @Field(() => Int, { description: 'うち派遣元責任者との兼任 (内数) / Also dispatch managers.' })
  @Allow()
  alsoDispatchManager: number;

  @Field(() => Int, { description: 'キャリアコンサルタント / Career consultants.' })
  @Allow()
  careerConsultants: number;

  @Field(() => Int, { description: '職務経験あり / Experienced.' })
  @Allow()
  experienced: number;

  @Field(() => Int, { description: '知見あり / Knowledgeable.' })
  @Allow()
  knowledgeable: number;
}

@InputType('DispatchAttendeeInput', { description: '受講者 / An attendee.' })
export class DispatchAttendeeInput {
  @Field({ description: '労働者の識別子 (社員番号など) / Worker id.' })
  @Allow()
  workerId: string;

  @Field({ description: '雇入れ日 (年目の計算) / Hired on.' })
  @Allow()
  hiredOn: string;
}

@InputType('DispatchSessionInput', { description: '訓練の1回 (1コマ) / One session.' })
export class DispatchSessionInput {
  @Field({ description: '実施日 / Day.' })
  @Allow()
  date: string;

  @Field(() => Int, { description: '時間 (分) / Minutes.' })
  @Allow()
  minutes: number;

  @Field(() => [DispatchAttendeeInput])
  @Allow()
  attendees: DispatchAttendeeInput[];
}

@InputType('DispatchCourseInput', { description: '訓練1コース (欄イ〜ホ) / One course.' })
export class DispatchCourseInput {
  @Field({ description: '訓練の内容等 / What the training is.' })
  @Allow()
  name: string;

  @Field(() => [Int], { description: '対象となる派遣労働者の種別 (2つまで) / Target kinds.' })
  @Allow()
  targetKinds: number[];

  @Field(() => Int, { description: '対象となる派遣労働者数 (みなし受講者を含む) / Target workers.' })
  @Allow()
  targetWorkers: number;

  @Field(() => [String], { defaultValue: [], description: '受講済みとみなす者 / Deemed competent.' })
  @Allow()
  deemedCompetent: string[];

  @Field(() => Int, { description: '訓練の方法の別 (1 OJT, 2 OFF-JT) / Method.' })
  @Allow()
  method: number;

  @Field(() => Int, { description: '訓練費負担の別 (1〜3) / Cost.' })
  @Allow()
  cost: number;

  @Field(() => Int, { description: '賃金支給の別 (1〜3) / Wage.' })
  @Allow()
  wage: number;

  @Field(() => [DispatchSessionInput])
  @Allow()
  sessions: DispatchSessionInput[];
}

@InputType('DispatchSheetInput', { description: '③ 雇用の区分ごとの別葉 / One sheet per category.' })
export class DispatchSheetInput {
  @Field(() => Int, { description: '雇用の区分 (1〜3) / Employment category.' })
  @Allow()
  category: number;

  @Field(() => [DispatchCourseInput])
  @Allow()
  courses: DispatchCourseInput[];
}

@InputType('DispatchReportInput', {
  description:
    '派遣元事業主のキャリアアップ教育訓練の報告 (様式第11号 (11)) / The dispatch career-up report.',
})
export class DispatchReportInputDto {
  @Field(() => DispatchContactsInput)
  @Allow()
  contacts: DispatchContactsInput;

  @Field(() => Int, { description: '② キャリアコンサルティングを実施した者の人数 / Consulted.' })
  @Allow()
  consultedHeadcount: number;

  @Field(() => [DispatchSheetInput])
  @Allow()
  sheets: DispatchSheetInput[];

  @Field(() => Int, { description: '教育訓練時に支払った賃金の総額 (円) / Wages paid for training.' })
  @Allow()
  wagesPaidForTrainingYen: number;

  @Field(() => Int, { description: '教育訓練の延べ時間 / Training person-hours.' })
  @Allow()
  trainingPersonHours: number;
}
