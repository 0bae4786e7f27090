// GraphQL names and Japanese labels of the training plan's code lists; the rules keep them as string unions, these
// objects give the schema the same values.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import type { TrainingPlanStatus } from './training-plan.entity';
import type {
  CurriculumRowKind,
  LecturerBasis,
  OffJtDelivery,
  TrainingType,
} from './rules/training-plan.types';
import {
  CURRICULUM_ROW_KIND_LABELS,
  LECTURER_BASIS_LABELS,
  OFF_JT_DELIVERY_LABELS,
  TRAINING_PLAN_STATUS_LABELS,
  TRAINING_TYPE_LABELS,
} from './training-plans.messages';

const valuesOf = <V extends string>(labels: Readonly<Record<V, string>>): { readonly [K in V]: K } =>
  Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as { readonly [K in V]: K };

export const TrainingTypeValues = valuesOf<TrainingType>(TRAINING_TYPE_LABELS);
export const CurriculumRowKindValues = valuesOf<CurriculumRowKind>(CURRICULUM_ROW_KIND_LABELS);
export const OffJtDeliveryValues = valuesOf<OffJtDelivery>(OFF_JT_DELIVERY_LABELS);
export const LecturerBasisValues = valuesOf<LecturerBasis>(LECTURER_BASIS_LABELS);
export const TrainingPlanStatusValues = valuesOf<TrainingPlanStatus>(TRAINING_PLAN_STATUS_LABELS);

registerLabelledEnum(TrainingTypeValues, {
  name: 'TrainingType',
  description:
    '有期実習型訓練の類型 (基本型・キャリアアップ型・派遣事業主活用型) / Type of fixed-term training.',
  labels: TRAINING_TYPE_LABELS,
});
registerLabelledEnum(CurriculumRowKindValues, {
  name: 'CurriculumRowKind',
  description: 'カリキュラムの行の区分 / Kind of a curriculum row.',
  labels: CURRICULUM_ROW_KIND_LABELS,
});
registerLabelledEnum(OffJtDeliveryValues, {
  name: 'OffJtDelivery',
  description: 'Off-JT の実施方法 / How an Off-JT row is given.',
  labels: OFF_JT_DELIVERY_LABELS,
});
registerLabelledEnum(LecturerBasisValues, {
  name: 'LecturerBasis',
  description: '自社の従業員が講師となる根拠 / Why an own-staff lecturer may teach.',
  labels: LECTURER_BASIS_LABELS,
});
registerLabelledEnum(TrainingPlanStatusValues, {
  name: 'TrainingPlanStatus',
  description: '訓練実施計画の状態 / Status of a training plan.',
  labels: TRAINING_PLAN_STATUS_LABELS,
});
