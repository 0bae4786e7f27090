export * from './shared/rule-finding';
// Eligibility (spec §5.12–§5.13) and the training logs (§5.14).
export * from './eligibility/rules/trainee-facts';
export * from './eligibility/rules/trainee-eligibility';
export * from './eligibility/rules/employer-eligibility';
export * from './training-logs/rules/training-log.types';
export * from './training-logs/rules/off-jt-counting';
export * from './training-logs/rules/validate-training-log';
export * from './training-logs/rules/log-totals';
// Training plans (訓練実施計画, 有期実習型訓練): spec §5.1–§5.11.
export type {
  CareerUpPlan,
  CurriculumRow,
  CurriculumRowKind,
  LecturerBasis,
  OffJtDelivery,
  PlanPeriod,
  PlanRoles,
  RoleHolder,
  TrainingPlanDraft,
  TrainingType,
} from './training-plans/rules/training-plan.types';
export { CAREER_UP_MEASURES, HUMAN_RESOURCE_COURSE } from './training-plans/rules/training-plan.types';
export {
  TRAINING_PLAN_FINDINGS,
  type TrainingPlanFindingCode,
} from './training-plans/rules/training-plan-findings';
export {
  MAXIMUM_PERIOD_MONTHS,
  MAXIMUM_PERIOD_MONTHS_WITH_SPECIAL_REASON,
  MINIMUM_PERIOD_MONTHS,
  type PeriodLength,
  planPeriodMonths,
  validatePeriod,
} from './training-plans/rules/plan-period';
export {
  type ConvertedHours,
  convertedHours,
  MINIMUM_MINUTES_PER_6_MONTHS,
  validateConvertedHours,
} from './training-plans/rules/converted-hours';
export { ojtSharePermille, type PlanMinutes, validateOjtShare } from './training-plans/rules/ojt-share';
export {
  attendedMinutes,
  countedMinutes,
  type Session,
  validateOffJtUnits,
} from './training-plans/rules/off-jt-units';
export { LECTURER_EXPERIENCE_YEARS, validateOffJtLecturers } from './training-plans/rules/off-jt-lecturers';
export {
  type CurriculumTotals,
  curriculumTotals,
  validateCurriculumRows,
} from './training-plans/rules/curriculum';
export { comparableName, validateRoles } from './training-plans/rules/roles';
export { validateCareerUpPlan } from './training-plans/rules/career-up-plan';
export {
  validateDispatchCompanies,
  validatePostCompletionHandling,
} from './training-plans/rules/plan-parties';
export { type PlanDeadlines, planDeadlines, validateDeadlines } from './training-plans/rules/deadlines';
export {
  conversionApplicationWindow,
  type DateWindow,
  validateConversionApplication,
} from './training-plans/rules/conversion-window';
export {
  type TrainingPlanFigures,
  type TrainingPlanValidation,
  validateTrainingPlan,
} from './training-plans/rules/validate-training-plan';
export {
  SEED_MODEL_CURRICULUM,
  SEED_MODEL_OJT_TASKS,
  SEED_MODEL_PLAN,
} from './training-plans/rules/__fixtures__/seed-model-plan';
export {
  formatMinutes,
  formatPeriodLength,
  formatPermille,
  ROLE_LABELS,
  TRAINING_PLAN_MESSAGES,
} from './training-plans/training-plans.messages';
// Evaluation sheets (spec §4) and the RETRY catalogue (§8).
export * from './evaluation-sheets';
export * from './retry';
export { JobcardModule } from './jobcard.module';
export { JobcardJobsModule } from './jobcard-jobs.module';
export { JobcardRefusalRecorder } from './access/jobcard-refusal.recorder';
export { jobcardEntities } from './jobcard-entities';
export { seedDemoJobcard } from './seed/seed-demo-jobcard';
export { TrainingPlanRefusalRecorder } from './access/training-plan-refusal.recorder';
export { seedDemoTrainingPlans } from './seed/seed-demo-training-plans';
export { JobcardException, JobcardExceptionCode, JOBCARD_API_ERRORS } from './jobcard.exception';
// Subsidy estimates (spec §6) and the dispatch career-up report (§7).
export * from './shared/format-yen';
export * from './subsidies';
export * from './dispatch-reports';
