// The draft as stored and read back (the same shape as TrainingPlanDraftInput, so a form loads what it saved).
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type {
  CurriculumRowKind,
  LecturerBasis,
  OffJtDelivery,
  TrainingType,
} from './rules/training-plan.types';
import {
  CurriculumRowKindValues,
  LecturerBasisValues,
  OffJtDeliveryValues,
  TrainingTypeValues,
} from './training-plan-graphql-enums';

@ObjectType('TrainingPeriod', { description: '訓練期間 / The training period.' })
export class TrainingPeriodModel {
  @Field({ description: '訓練開始日 / First day.' })
  start: string;

  @Field({ description: '訓練終了日 (当日を含む) / Last day, included.' })
  end: string;

  @Field(() => String, { nullable: true, description: '1年まで延長できる特別な理由 / Special reason.' })
  specialReason: string | null;
}

@ObjectType('CurriculumRow', { description: 'カリキュラムの1行 / One curriculum row.' })
export class CurriculumRowModel {
  @Field(() => CurriculumRowKindValues)
  kind: CurriculumRowKind;

  @Field({ description: '職務名又は教科名 / Duty or subject.' })
  name: string;

  @Field({ description: '職務又は教科の内容 / Content.' })
  content: string;

  @Field(() => Int, { description: '時間 (分) / Minutes.' })
  minutes: number;

  @Field(() => String, { nullable: true, description: '実施主体 / Provider.' })
  provider: string | null;

  @Field(() => Int, { nullable: true, description: '1単位時間 (分) / Unit time in minutes.' })
  unitMinutes: number | null;

  @Field(() => OffJtDeliveryValues, { nullable: true, description: 'Off-JT の実施方法 / Delivery.' })
  offJtDelivery: OffJtDelivery | null;

  @Field(() => LecturerBasisValues, { nullable: true, description: '講師の根拠 / Lecturer basis.' })
  lecturerBasis: LecturerBasis | null;

  @Field(() => Int, { nullable: true, description: '講師の実務経験年数 / Lecturer’s years.' })
  lecturerExperienceYears: number | null;
}

@ObjectType('RoleHolder', { description: '訓練・評価の担当者 / A person in charge.' })
export class RoleHolderModel {
  @Field({ description: '氏名 / Name.' })
  name: string;

  @Field({ description: '自社の正社員か / A regular employee.' })
  regularEmployee: boolean;
}

@ObjectType('PlanRoles', { description: '指導・評価の4つの役割 / The four roles.' })
export class PlanRolesModel {
  @Field(() => RoleHolderModel, { description: '訓練指導責任者 / Training lead.' })
  trainingLead: RoleHolderModel;

  @Field(() => RoleHolderModel, { description: '訓練指導担当者 / Trainer.' })
  trainer: RoleHolderModel;

  @Field(() => RoleHolderModel, { description: '評価責任者 / Evaluation lead.' })
  evaluationLead: RoleHolderModel;

  @Field(() => RoleHolderModel, { description: '評価担当者 / Evaluator.' })
  evaluator: RoleHolderModel;
}

@ObjectType('CareerUpPlan', { description: 'キャリアアップ計画 / The career-up plan.' })
export class CareerUpPlanModel {
  @Field({ description: '計画期間の初日 / First day.' })
  start: string;

  @Field({ description: '計画期間の末日 / Last day.' })
  end: string;

  @Field(() => [String], { description: '措置の項目 / Measures.' })
  measures: string[];
}

@ObjectType('TrainingPlanDraft', { description: '訓練実施計画の内容 / The plan as drafted.' })
export class TrainingPlanDraftModel {
  @Field(() => TrainingTypeValues)
  type: TrainingType;

  @Field(() => TrainingPeriodModel)
  period: TrainingPeriodModel;

  @Field(() => [CurriculumRowModel])
  curriculum: CurriculumRowModel[];

  @Field(() => PlanRolesModel)
  roles: PlanRolesModel;

  @Field(() => CareerUpPlanModel, { nullable: true })
  careerUpPlan: CareerUpPlanModel | null;

  @Field(() => String, { nullable: true, description: '訓練修了後の取扱い / Handling after completion.' })
  postCompletionHandling: string | null;

  @Field(() => String, { nullable: true, description: '派遣元事業主 / Dispatching business.' })
  sendingCompanyName: string | null;

  @Field(() => String, { nullable: true, description: '派遣先事業主 / Client business.' })
  hostCompanyName: string | null;

  @Field(() => String, { nullable: true, description: '計画の提出日 / Submitted on.' })
  submittedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ジョブ・カードの交付日 / Job Card issued on.' })
  jobCardIssuedOn: string | null;

  @Field({ description: 'ジョブ・カードを省略できる新規学卒者 / New graduate without a Job Card.' })
  newGraduateWithoutJobCard: boolean;

  @Field(() => String, { nullable: true, description: '同一の者とする理由 / Role override reason.' })
  roleOverrideReason: string | null;
}
