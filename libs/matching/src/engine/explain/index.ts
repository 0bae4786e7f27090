export { buildExplanation, FACTOR_EXPLAINERS } from './build-explanation';
export { exclusionMessage } from './exclusion-message';
export { formatDate, formatMonthlyWage } from './explain-text';
