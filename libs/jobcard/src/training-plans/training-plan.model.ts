import { CompanySize } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanTraineeFactsModel, TraineeEligibilityModel } from '../eligibility/eligibility.model';
import type { JobCardCompanySize } from '../eligibility/rules/employer-eligibility';
import { RuleFindingModel } from '../shared/rule-finding.model';
import { TrainingLogModel, TrainingLogTotalsModel } from '../training-logs/training-log.model';
import type { TrainingPlanStatus } from './training-plan.entity';
import { TrainingPlanDraftModel } from './training-plan-draft.model';
import { TrainingPlanStatusValues, TrainingTypeValues } from './training-plan-graphql-enums';
import type { TrainingType } from './rules/training-plan.types';

@ObjectType('TrainingPlanFigures', {
  description: '計画の数値 (入力から計算、入力はしない) / The plan’s figures, computed from the curriculum.',
})
export class TrainingPlanFiguresModel {
  @Field(() => Int, { description: 'OJT計 (分) / OJT minutes.' })
  ojtMinutes: number;

  @Field(() => Int, { description: 'Off-JT計 (分、45〜59分の単位は1時間として) / Off-JT minutes counted.' })
  offJtMinutes: number;

  @Field(() => Int, { description: 'Off-JT の実時間 (分) / Off-JT minutes attended.' })
  offJtAttendedMinutes: number;

  @Field(() => Int, { description: '有期実習型訓練合計 (分) / Total minutes.' })
  totalMinutes: number;

  @Field({ description: 'OJT計 (例: 340時間) / OJT as shown.' })
  ojtDisplay: string;

  @Field({ description: 'Off-JT計 (例: 85時間) / Off-JT as shown.' })
  offJtDisplay: string;

  @Field({ description: '合計 (例: 425時間) / Total as shown.' })
  totalDisplay: string;

  @Field(() => Int, { nullable: true, description: '訓練期間の月数 / Whole months of the period.' })
  periodMonths: number | null;

  @Field(() => Int, { nullable: true, description: '端数の日数 / Remaining days.' })
  periodDays: number | null;

  @Field(() => String, {
    nullable: true,
    description: '訓練期間 (例: 6か月) / The period’s length as shown.',
  })
  periodDisplay: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '6か月当たりに換算した訓練時間 (分、切り捨て) / Minutes converted to 6 months.',
  })
  convertedMinutesPer6Months: number | null;

  @Field(() => String, {
    nullable: true,
    description: '6か月当たりに換算した訓練時間 (例: 425時間) / Converted hours as shown.',
  })
  convertedDisplay: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'この期間で425時間に達する最少の合計 (分、切り上げ) / Least total for this period.',
  })
  minimumTotalMinutes: number | null;

  @Field(() => String, { nullable: true, description: '最少の合計 (例: 283時間20分) / As shown.' })
  minimumTotalDisplay: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'OJT の割合 (0.1% 単位、800 = 80.0%) / OJT share, permille.',
  })
  ojtSharePermille: number | null;

  @Field(() => String, { nullable: true, description: 'OJT の割合 (例: 80.0%) / OJT share as shown.' })
  ojtShareDisplay: string | null;
}

@ObjectType('TrainingPlanDeadlines', { description: '計画の期限 (民法の期間計算) / The plan’s deadlines.' })
export class TrainingPlanDeadlinesModel {
  @Field(() => String, { nullable: true, description: '提出の目安 (原則として開始日の1か月前) / Submit by.' })
  recommendedSubmissionBy: string | null;

  @Field(() => String, {
    nullable: true,
    description: '開始できる最終日 (提出から6か月以内) / Latest start.',
  })
  latestStart: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ジョブ・カード様式2・3と雇用契約書の写しの提出期限 (開始日の前日) / Job Card sheets due.',
  })
  jobCardSheetsDue: string | null;

  @Field(() => String, { nullable: true, description: '訓練開始届の期限 / Start notice due.' })
  startNoticeDue: string | null;

  @Field(() => String, {
    nullable: true,
    description: '支給申請の期限 (終了日の翌日から2か月) / Application due.',
  })
  subsidyApplicationDue: string | null;
}

@ObjectType('TrainingPlanValidation', {
  description: '訓練実施計画の規則による確認 (仕様 §5) / The plan checked against every rule.',
})
export class TrainingPlanValidationModel {
  @Field({ description: 'エラーの指摘がない / No error among the findings.' })
  valid: boolean;

  @Field(() => [RuleFindingModel], { description: '指摘 (仕様の順) / Findings, in the spec’s order.' })
  findings: RuleFindingModel[];

  @Field(() => TrainingPlanFiguresModel)
  figures: TrainingPlanFiguresModel;

  @Field(() => TrainingPlanDeadlinesModel)
  deadlines: TrainingPlanDeadlinesModel;
}

/**
 * The fields of TrainingPlan that hold nobody's personal data; every other field (the trainee's name, the draft with
 * the role holders' names, the trainee's facts and eligibility, the diary, the findings naming people) is logged when
 * read.
 */
export const NON_PERSONAL_PLAN_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'companyId',
  'officeId',
  'caseId',
  'registrantId',
  'trainingType',
  'status',
  'companySizeAtSubmission',
  'logTotals',
  'version',
  'createdAt',
  'updatedAt',
]);

@ObjectType('TrainingPlan', {
  description: '訓練実施計画 (有期実習型訓練、実施企業ごと) / A client company’s fixed-term training plan.',
})
export class TrainingPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '実施企業 / The training company.' })
  companyId: string;

  @Field(() => ID, { description: '担当事務所 (企業の担当事務所) / The office working the plan.' })
  officeId: string;

  @Field(() => ID, { nullable: true, description: '紐付く案件 / The case, if any.' })
  caseId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '訓練受講者である人材バンク登録者 / The registrant trained.',
  })
  registrantId: string | null;

  @Field({ description: '訓練受講者の氏名 / The trainee’s name.' })
  traineeName: string;

  @Field(() => TrainingTypeValues)
  trainingType: TrainingType;

  @Field(() => TrainingPlanStatusValues)
  status: TrainingPlanStatus;

  @Field(() => TrainingPlanDraftModel, { description: '計画の内容 / The plan as drafted.' })
  draft: TrainingPlanDraftModel;

  @Field(() => TrainingPlanValidationModel, {
    description: '規則による確認 / The rules’ findings and figures.',
  })
  validation: TrainingPlanValidationModel;

  @Field(() => PlanTraineeFactsModel, {
    nullable: true,
    description: '訓練受講者の事実 / The trainee’s facts.',
  })
  traineeFacts: PlanTraineeFactsModel | null;

  @Field(() => TraineeEligibilityModel, {
    nullable: true,
    description:
      '記録した事実からの受講資格の判定 (事実が未記録か訓練期間が未確定なら null) / Eligibility from the recorded facts.',
  })
  eligibility: TraineeEligibilityModel | null;

  @Field(() => CompanySize, {
    nullable: true,
    description: '計画提出時の企業規模 (助成額はこれで決まる) / Company size when the plan was submitted.',
  })
  companySizeAtSubmission: JobCardCompanySize | null;

  @Field(() => TrainingLogModel, { description: '訓練日誌と Off-JT 実施状況報告書 / The daily logs.' })
  logs: TrainingLogModel;

  @Field(() => TrainingLogTotalsModel, { description: '記録の合計 / The logs’ totals.' })
  logTotals: TrainingLogTotalsModel;

  @Field(() => [RuleFindingModel], {
    description: '記録についての指摘 (未確認・未証明の日など) / Findings on the logs.',
  })
  logFindings: RuleFindingModel[];

  @Field(() => Int, { description: '楽観的排他制御のバージョン / Version for optimistic concurrency.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
