import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import type {
  CurriculumRowKind,
  LecturerBasis,
  OffJtDelivery,
  TrainingType,
} from '../rules/training-plan.types';
import {
  CurriculumRowKindValues,
  LecturerBasisValues,
  OffJtDeliveryValues,
  TrainingTypeValues,
} from '../training-plan-graphql-enums';

// A draft as it is typed: every field may still be empty or wrong. The rules report what is missing or wrong as
// findings; the service refuses only what no rule can read (texts beyond their length, too many rows).

@InputType('TrainingPeriodInput', { description: '訓練期間 / The training period.' })
export class TrainingPeriodInput {
  @Field({ description: '訓練開始日 (YYYY-MM-DD) / First day.' })
  @Allow()
  start: string;

  @Field({ description: '訓練終了日 (YYYY-MM-DD、当日を含む) / Last day, included.' })
  @Allow()
  end: string;

  @Field(() => String, {
    nullable: true,
    description: '1年まで延長できる特別な理由 (資格取得など) / A special reason allowing up to a year.',
  })
  @Allow()
  specialReason?: string | null;
}

@InputType('CurriculumRowInput', { description: 'カリキュラムの1行 / One curriculum row.' })
export class CurriculumRowInput {
  @Field(() => CurriculumRowKindValues)
  @Allow()
  kind: CurriculumRowKind;

  @Field({ description: '職務名又は教科名 / Duty or subject.' })
  @Allow()
  name: string;

  @Field({ description: '職務又は教科の内容 / Content.' })
  @Allow()
  content: string;

  @Field(() => Int, { description: '時間 (分。休憩・昼食・移動を除く) / Time in minutes.' })
  @Allow()
  minutes: number;

  @Field(() => String, { nullable: true, description: '実施主体 (Off-JT) / Provider.' })
  @Allow()
  provider?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '1単位時間 (分、45〜59分は1時間として算定) / The provider’s unit time in minutes.',
  })
  @Allow()
  unitMinutes?: number | null;

  @Field(() => OffJtDeliveryValues, { nullable: true })
  @Allow()
  offJtDelivery?: OffJtDelivery | null;

  @Field(() => LecturerBasisValues, { nullable: true })
  @Allow()
  lecturerBasis?: LecturerBasis | null;

  @Field(() => Int, { nullable: true, description: '講師の実務経験年数 / Lecturer’s years of experience.' })
  @Allow()
  lecturerExperienceYears?: number | null;
}

@InputType('RoleHolderInput', { description: '訓練・評価の担当者 / A person in charge.' })
export class RoleHolderInput {
  @Field({ description: '氏名 / Name.' })
  @Allow()
  name: string;

  @Field({ description: '自社の正社員か / A regular employee of the company.' })
  @Allow()
  regularEmployee: boolean;
}

@InputType('PlanRolesInput', { description: '指導・評価の4つの役割 / The four roles.' })
export class PlanRolesInput {
  @Field(() => RoleHolderInput, { description: '訓練指導責任者 / Training lead.' })
  @Allow()
  trainingLead: RoleHolderInput;

  @Field(() => RoleHolderInput, { description: '訓練指導担当者 / Trainer.' })
  @Allow()
  trainer: RoleHolderInput;

  @Field(() => RoleHolderInput, { description: '評価責任者 / Evaluation lead.' })
  @Allow()
  evaluationLead: RoleHolderInput;

  @Field(() => RoleHolderInput, { description: '評価担当者 / Evaluator.' })
  @Allow()
  evaluator: RoleHolderInput;
}

@InputType('CareerUpPlanInput', { description: 'キャリアアップ計画 (様式第1号) / The career-up plan.' })
export class CareerUpPlanInput {
  @Field({ description: '計画期間の初日 / First day.' })
  @Allow()
  start: string;

  @Field({ description: '計画期間の末日 / Last day.' })
  @Allow()
  end: string;

  @Field(() => [String], { description: '措置の項目 (人材育成コース等) / Measures planned.' })
  @Allow()
  measures: string[];
}

@InputType('TrainingPlanDraftInput', {
  description: '訓練実施計画の内容 (入力途中でも可) / A training plan as drafted, complete or not.',
})
export class TrainingPlanDraftInput {
  @Field(() => TrainingTypeValues)
  @Allow()
  type: TrainingType;

  @Field(() => TrainingPeriodInput)
  @Allow()
  period: TrainingPeriodInput;

  @Field(() => [CurriculumRowInput], { defaultValue: [] })
  @Allow()
  curriculum: CurriculumRowInput[];

  @Field(() => PlanRolesInput)
  @Allow()
  roles: PlanRolesInput;

  @Field(() => CareerUpPlanInput, { nullable: true })
  @Allow()
  careerUpPlan?: CareerUpPlanInput | null;

  @Field(() => String, {
    nullable: true,
    description: '訓練修了後の労働契約の更新などの取扱い / Handling after completion.',
  })
  @Allow()
  postCompletionHandling?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '派遣元事業主 (派遣事業主活用型) / Dispatching business.',
  })
  @Allow()
  sendingCompanyName?: string | null;

  @Field(() => String, { nullable: true, description: '派遣先事業主 (派遣事業主活用型) / Client business.' })
  @Allow()
  hostCompanyName?: string | null;

  @Field(() => String, { nullable: true, description: '計画の提出日 / Submitted on.' })
  @Allow()
  submittedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ジョブ・カードの交付日 / Job Card issued on.' })
  @Allow()
  jobCardIssuedOn?: string | null;

  @Field({
    defaultValue: false,
    description: 'ジョブ・カードを省略できる新規学卒者 / A new graduate without a Job Card.',
  })
  @Allow()
  newGraduateWithoutJobCard: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      '責任者と担当者を同一の者とする理由 (原則として別の者) / Why a lead and a member are the same person.',
  })
  @Allow()
  roleOverrideReason?: string | null;
}
