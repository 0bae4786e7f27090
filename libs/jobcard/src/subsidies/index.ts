export * from './rate-tables';
export { estimateTrainingSubsidy } from './rules/training-subsidy';
export type {
  SubsidyLine,
  SubsidyNote,
  TraineeEstimate,
  TraineeInput,
  TrainingLineItem,
  TrainingSubsidyEstimate,
  TrainingSubsidyInput,
} from './rules/training-subsidy';
export { estimateConversionSubsidy } from './rules/conversion-subsidy';
export type {
  ConversionInput,
  ConversionLine,
  ConversionSubsidyEstimate,
  ConversionSubsidyInput,
  RefusedConversion,
} from './rules/conversion-subsidy';
