// The input and the figures of 様式第11号 section (11), the dispatch business's career-up report (spec §7, seed 002).
import type { RuleFinding } from '../shared/rule-finding';

/** 1 フルタイム（1年以上雇用見込み）, 2 短時間勤務（1年以上雇用見込み）, 3 1年未満雇用見込み (S002:12). */
export type EmploymentCategory = 1 | 2 | 3;
/** 1 計画的なOJT, 2 OFF-JT (S002:20). */
export type TrainingMethod = 1 | 2;
/** 1 無償（実費負担なし）, 2 無償（実費負担あり）, 3 有償 (S002:21). */
export type TrainingCostBorne = 1 | 2 | 3;
/** 1 有給（無給部分なし）, 2 有給（無給部分あり）, 3 無給 (S002:22). */
export type TrainingWagePaid = 1 | 2 | 3;
/** The form's three columns: the worker's 1st, 2nd and 3rd year of employment (R-DR-9). */
export type TenureYear = 1 | 2 | 3;

export interface CareerConsultingContacts {
  /** 窓口担当者 計. */
  readonly total: number;
  /** うち派遣元責任者との兼任: a subset of the total (S002:9). */
  readonly alsoDispatchManager: number;
  readonly careerConsultants: number;
  /** 職務経験あり / 知見あり (S002:10). */
  readonly experienced: number;
  readonly knowledgeable: number;
}

export interface SessionAttendee {
  readonly workerId: string;
  readonly hiredOn: string;
}

export interface TrainingSession {
  readonly date: string;
  /** Length of the session (one コマ), in minutes. */
  readonly minutes: number;
  readonly attendees: readonly SessionAttendee[];
}

export interface TrainingCourseInput {
  /** 訓練の内容等: specific enough to identify the training (S002:14). */
  readonly name: string;
  /** 種別: at most 2 numbers (S002:15). */
  readonly targetKinds: readonly number[];
  /** The target workers, those deemed competent included (they are taken off, R-DR-7). */
  readonly targetWorkers: number;
  /** Worker ids treated as having completed the course (受講済みとみなす, S002:16). */
  readonly deemedCompetent: readonly string[];
  readonly method: TrainingMethod;
  readonly cost: TrainingCostBorne;
  readonly wage: TrainingWagePaid;
  readonly sessions: readonly TrainingSession[];
}

export interface TrainingSheetInput {
  readonly category: EmploymentCategory;
  readonly courses: readonly TrainingCourseInput[];
}

export interface DispatchReportInput {
  readonly contacts: CareerConsultingContacts;
  /** ② 実施した者の人数: people who received career consulting (S002:11). */
  readonly consultedHeadcount: number;
  readonly sheets: readonly TrainingSheetInput[];
  /** Item 50: wages paid for career-up training time, and the person-hours they paid for (whole hours). */
  readonly wagesPaidForTrainingYen: number;
  readonly trainingPersonHours: number;
}

/** Hours kept as minutes; shown to one decimal, rounded half up (spec §2.1): 7,680 min → "128.0". */
export interface HoursFigure {
  readonly minutes: number;
  readonly shown: string;
}

/** minutes ÷ people, as hours; the rules compare the exact fraction, users read `shown`. */
export interface AverageHours {
  readonly minutes: number;
  readonly people: number;
  readonly shown: string;
}

export interface CourseYearFigures {
  readonly year: TenureYear;
  /** 実施時間の総計: Σ over sessions of attendees × session length (R-DR-4). */
  readonly a: HoursFigure;
  /** 受講者の実人数: distinct attendees in that year (R-DR-4). */
  readonly b: number;
}

export type ExclusionReason = 'TENURE_YEAR_4_OR_LATER' | 'DEEMED_COMPETENT' | 'BEFORE_HIRE';

/** An attendance the form's figures leave out, listed so the user sees why. */
export interface ExcludedAttendance {
  readonly date: string;
  readonly workerId: string;
  readonly minutes: number;
  /** The worker's year of employment on that day; null before the hire date. */
  readonly tenureYear: number | null;
  readonly reason: ExclusionReason;
  readonly reasonText: string;
}

export interface CourseResult {
  readonly name: string;
  readonly targetKinds: readonly number[];
  /** 対象となる派遣労働者数: the target workers less those deemed competent (R-DR-7). */
  readonly targetCount: number;
  readonly deemedCompetentCount: number;
  readonly method: number;
  readonly cost: number;
  readonly wage: number;
  /** Meets the Minister's standard (R-DR-5): 方法 1 or 2, 費用 1, 賃金 1. */
  readonly qualifying: boolean;
  readonly years: readonly CourseYearFigures[];
  readonly c: HoursFigure;
  readonly d: number;
  /** null when d = 0 (shown "—"). */
  readonly cPerD: AverageHours | null;
  readonly excluded: readonly ExcludedAttendance[];
}

export interface YearSummary {
  readonly year: TenureYear;
  /** Σ a and Σ b over the qualifying courses of the sheet. */
  readonly a: HoursFigure;
  readonly b: number;
  /** 1人当たりの平均実施時間; null when b = 0 (shown "—"). */
  readonly average: AverageHours | null;
  /** Category 1 only: the average is under about 8 hours a year (R-DR-8). */
  readonly belowEightHours: boolean;
}

export interface SheetResult {
  readonly category: number;
  readonly categoryLabel: string;
  readonly courses: readonly CourseResult[];
  readonly years: readonly YearSummary[];
  /** Over the qualifying courses, years 1–3 (S002:24–25). */
  readonly c: HoursFigure;
  readonly d: number;
  readonly cPerD: AverageHours | null;
}

export interface DispatchReportResult {
  readonly contacts: CareerConsultingContacts;
  readonly consultedHeadcount: number;
  readonly sheets: readonly SheetResult[];
  /** Item 50: yen per person-hour, rounded down; null when no hours (R-DR-10). */
  readonly averageWagePerHourYen: number | null;
  readonly wagesPaidForTrainingYen: number;
  readonly trainingPersonHours: number;
  readonly findings: readonly RuleFinding[];
}
