export * from './shared/rule-finding';
export * from './eligibility/rules/trainee-facts';
export * from './eligibility/rules/trainee-eligibility';
export * from './eligibility/rules/employer-eligibility';
export * from './training-logs/rules/training-log.types';
export * from './training-logs/rules/off-jt-counting';
export * from './training-logs/rules/validate-training-log';
export * from './training-logs/rules/log-totals';
