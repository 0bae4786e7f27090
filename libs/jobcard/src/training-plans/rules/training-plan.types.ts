// The training plan (訓練実施計画) of 有期実習型訓練 as the consultant drafts it (spec §5). Hours are integer minutes
// (spec §2.1); dates are ISO YYYY-MM-DD strings. A draft may be incomplete: the rules say what is missing.

/** 基本型, キャリア・アップ型, 派遣事業主活用型 (R-TR-2, S001:45–47). */
export type TrainingType = 'BASIC' | 'CAREER_UP' | 'DISPATCH_EMPLOYER';

/** OJT (実習), Off-JT 学科 (座学), Off-JT 実技: the three row kinds of the seed's curriculum (S001:438–458). */
export type CurriculumRowKind = 'OJT' | 'OFF_JT_LECTURE' | 'OFF_JT_PRACTICE';

/**
 * How an Off-JT row is given (S001:181): ① at an outside institution, ② in-house by an invited outside lecturer,
 * ③ in-house by the company's own staff (who then needs a qualification, R-TR-14).
 */
export type OffJtDelivery = 'OUTSIDE_INSTITUTION' | 'INVITED_LECTURER' | 'OWN_STAFF';

/**
 * Why an own-staff lecturer may teach (S001:1070–1071): 専修学校専門課程教員, 職業訓練指導員免許, experience (about 5+
 * years in the duty), or the employer / an officer.
 */
export type LecturerBasis = 'SENMON_TEACHER' | 'INSTRUCTOR_LICENCE' | 'EXPERIENCE' | 'EMPLOYER_OR_OFFICER';

export interface CurriculumRow {
  readonly kind: CurriculumRowKind;
  /** 職務名又は教科名. */
  readonly name: string;
  /** 職務又は教科の内容. */
  readonly content: string;
  /** The time actually spent (breaks, lunch and travel excluded, S001:481), in minutes. */
  readonly minutes: number;
  /** 座学等 (Off-JT) の実施主体; the seed's model leaves it blank, so it is optional. */
  readonly provider: string | null;
  /** The institution's unit time for Off-JT sessions (R-TR-13): 45–59 minutes count as one hour each. */
  readonly unitMinutes: number | null;
  readonly offJtDelivery: OffJtDelivery | null;
  /** For own-staff Off-JT (R-TR-14). */
  readonly lecturerBasis: LecturerBasis | null;
  readonly lecturerExperienceYears: number | null;
}

export interface PlanPeriod {
  /** First day of training (inclusive). */
  readonly start: string;
  /** Last day of training (inclusive). */
  readonly end: string;
  /** A special reason such as obtaining a qualification (資格取得): allows up to 1 year (R-TR-7, S001:183). */
  readonly specialReason: string | null;
}

export interface RoleHolder {
  readonly name: string;
  /** 自社の正社員 (S001:871). */
  readonly regularEmployee: boolean;
}

/** The four persons in charge of instruction and evaluation (R-TR-10, R-TR-15, S001:861–864). */
export interface PlanRoles {
  /** 訓練指導責任者. */
  readonly trainingLead: RoleHolder;
  /** 訓練指導担当者. */
  readonly trainer: RoleHolder;
  /** 評価責任者. */
  readonly evaluationLead: RoleHolder;
  /** 評価担当者. */
  readonly evaluator: RoleHolder;
}

/** The career-up plan (キャリアアップ計画, 様式第1号) the training plan is based on (R-TR-4). */
export interface CareerUpPlan {
  readonly start: string;
  readonly end: string;
  /** The measures (措置の項目) planned, e.g. 人材育成コース (see CAREER_UP_MEASURES). */
  readonly measures: readonly string[];
}

export interface TrainingPlanDraft {
  readonly type: TrainingType;
  readonly period: PlanPeriod;
  readonly curriculum: readonly CurriculumRow[];
  readonly roles: PlanRoles;
  readonly careerUpPlan: CareerUpPlan | null;
  /** 訓練修了後の労働契約の更新などの取り扱い (R-TR-11, S001:187). */
  readonly postCompletionHandling: string | null;
  /** 派遣元事業主 (the dispatching business that sends the worker); DISPATCH_EMPLOYER only (S001:47). */
  readonly sendingCompanyName: string | null;
  /** 派遣先事業主 (the client that trains the worker and hires them as regular); DISPATCH_EMPLOYER only (S001:47). */
  readonly hostCompanyName: string | null;
  /** The day the plan was submitted to the labour bureau (or Hello Work); null while not submitted. */
  readonly submittedOn: string | null;
  /** The day the trainee's Job Card was issued after career consulting (R-TR-19, S001:212). */
  readonly jobCardIssuedOn: string | null;
  /** A new graduate exempt from the Job Card before the start (spec §5.12): R-TR-19 does not apply. */
  readonly newGraduateWithoutJobCard: boolean;
  /**
   * The consultant's reason for keeping lead = trainer or evaluation lead = evaluator (the seed's 原則として, S001:872):
   * the two pairs then give warnings instead of errors (spec §5.9, §10 #11).
   */
  readonly roleOverrideReason: string | null;
}

/** The six measures of 様式第1号 ② (S001:171). */
export const CAREER_UP_MEASURES = [
  '正規雇用等転換コース',
  '人材育成コース',
  '処遇改善コース',
  '健康管理コース',
  '多様な正社員コース',
  '短時間労働者の週所定労働時間延長コース',
] as const;

/** The measure a training plan rests on (S001:171, 179). */
export const HUMAN_RESOURCE_COURSE = '人材育成コース';
