export * from './rate-tables';
export * from './rules/training-subsidy';
export * from './rules/conversion-subsidy';
export {
  COMPANY_SIZE_LABELS,
  CONVERSION_KIND_LABELS,
  COST_BRACKET_LABELS,
  TRAINING_LINE_LABELS,
  hoursAndMinutes,
} from './subsidies.messages';
