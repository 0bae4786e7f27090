// GraphQL names and Japanese labels of the subsidy code lists (the rules keep them as string unions). Company size is
// the organisations' CompanySize (中小企業 / 大企業), the same values.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import type { ConversionKind } from './rate-tables';
import type { TrainingLineItem } from './rules/training-subsidy';
import type { SubsidyEstimateKind } from './subsidy-estimate.entity';
import {
  CONVERSION_KIND_LABELS,
  SUBSIDY_ESTIMATE_KIND_LABELS,
  TRAINING_LINE_LABELS,
} from './subsidies.messages';

export const ConversionKindValues = {
  FIXED_TO_REGULAR: 'FIXED_TO_REGULAR',
  FIXED_TO_INDEFINITE: 'FIXED_TO_INDEFINITE',
  INDEFINITE_TO_REGULAR: 'INDEFINITE_TO_REGULAR',
} as const satisfies Record<ConversionKind, ConversionKind>;

export const SubsidyEstimateKindValues = {
  TRAINING: 'TRAINING',
  CONVERSION: 'CONVERSION',
} as const satisfies Record<SubsidyEstimateKind, SubsidyEstimateKind>;

export const TrainingLineItemValues = {
  OFF_JT_WAGE: 'OFF_JT_WAGE',
  OFF_JT_COST: 'OFF_JT_COST',
  OJT: 'OJT',
} as const satisfies Record<TrainingLineItem, TrainingLineItem>;

registerLabelledEnum(ConversionKindValues, {
  name: 'ConversionKind',
  description: '正社員化コースの転換の区分 / Kind of conversion.',
  labels: CONVERSION_KIND_LABELS,
});
registerLabelledEnum(SubsidyEstimateKindValues, {
  name: 'SubsidyEstimateKind',
  description: '助成金の試算の種類 / Which subsidy an estimate is of.',
  labels: SUBSIDY_ESTIMATE_KIND_LABELS,
});
registerLabelledEnum(TrainingLineItemValues, {
  name: 'TrainingSubsidyLineItem',
  description: '人材開発支援助成金の内訳 / A line of the training subsidy.',
  labels: TRAINING_LINE_LABELS,
});
