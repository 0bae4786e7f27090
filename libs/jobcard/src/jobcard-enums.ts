// The Job Card's code lists as GraphQL enums: each object maps a rules type's values to themselves, so a model field
// keeps the rules' string union as its TypeScript type. Japanese labels: jobcard-graphql-enums.ts.
import type {
  CriterionSourceKind,
  DutyType,
  EvaluationMoment,
  EvaluationState,
  Grade,
} from './evaluation-sheets/evaluation-sheet';
import type { FlagReason } from './evaluation-sheets/rules/evaluation-workflow.rule';
import type { FindingSeverity } from './shared/rule-finding';

const values = <T extends string>(...all: T[]): { readonly [K in T]: K } =>
  Object.fromEntries(all.map((value) => [value, value])) as { readonly [K in T]: K };

export const FindingSeverityEnum = values<FindingSeverity>('ERROR', 'WARNING');
export const DutyTypeEnum = values<DutyType>('OFFICE_SERVICE', 'SKILLED', 'TECHNICAL');
export const CriterionSourceKindEnum = values<CriterionSourceKind>(
  'MODEL_SHEET',
  'ABILITY_STANDARD',
  'DUAL_SYSTEM_TOOL',
  'PUBLIC_EXAM',
  'INDUSTRY_BODY',
  'OTHER_BODY',
  'OWN',
);
export const EvaluationMomentEnum = values<EvaluationMoment>('TARGETS', 'MIDTERM', 'FINAL');
export const EvaluationStateEnum = values<EvaluationState>(
  'SELF_RATED',
  'COMPANY_RATED',
  'CONFIRMED',
  'EXPLAINED',
  'ISSUED',
);
export const GradeEnum = values<Grade>('A', 'B', 'C');
export const FlagReasonEnum = values<FlagReason>('DIFFERENT', 'SELF_MISSING', 'SELF_C', 'COMPANY_C');

/** Whose sheet it is (the table's subject_kind). */
export type EvaluationSubjectKind = 'CASE_SECONDEE' | 'REGISTRANT' | 'TRAINEE';
export const EvaluationSubjectKindEnum = values<EvaluationSubjectKind>(
  'CASE_SECONDEE',
  'REGISTRANT',
  'TRAINEE',
);

/** Section I's 区分 (S001:532–535). */
export type OjtDutyKind = 'OJT' | 'COMPANY_PRACTICE';
export const OjtDutyKindEnum = values<OjtDutyKind>('OJT', 'COMPANY_PRACTICE');

/** The access log's columns (jobcard_access_log). */
export type JobcardAccessAction = 'READ' | 'EXPORT';
export const JobcardAccessActionEnum = values<JobcardAccessAction>('READ', 'EXPORT');
export type JobcardAccessOutcome = 'ALLOWED' | 'DENIED';
export const JobcardAccessOutcomeEnum = values<JobcardAccessOutcome>('ALLOWED', 'DENIED');
export type JobcardRecordKind = 'EVALUATION_SHEET' | 'TRAINING_PLAN';
export const JobcardRecordKindEnum = values<JobcardRecordKind>('EVALUATION_SHEET', 'TRAINING_PLAN');
