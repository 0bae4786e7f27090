/**
 * The evaluation sheet (評価シート, ジョブ・カード様式4; alias 様式3-3-1-1) and its evaluations, spec §4. Pure data: the
 * rules in `rules/` read these shapes, the platform stores them.
 */

/** The three kinds of training duty whose model sheets share section III(1) (S001:506, 692). */
export type DutyType = 'OFFICE_SERVICE' | 'SKILLED' | 'TECHNICAL';

/**
 * Where a criterion comes from (S001:740–754, 756–819). `OWN` is the company's own item (code empty); `OTHER_BODY`
 * is a body the guide does not list, which counts as cited only once the labour bureau has confirmed it (S001:819).
 */
export type CriterionSourceKind =
  | 'MODEL_SHEET'
  | 'ABILITY_STANDARD'
  | 'DUAL_SYSTEM_TOOL'
  | 'PUBLIC_EXAM'
  | 'INDUSTRY_BODY'
  | 'OTHER_BODY'
  | 'OWN';

/** One 職務遂行のための基準 row. */
export interface SheetCriterion {
  readonly text: string;
  readonly sourceKind: CriterionSourceKind;
  /** 評価基準の出所 (S001:736): the name of the generic standard cited; empty for an own item. */
  readonly sourceName: string;
  /** The コード column (S001:740–754): empty for an own item. */
  readonly code: string;
  /** For OTHER_BODY: the labour bureau (or Hello Work) judged the standard generic (S001:819). */
  readonly bureauConfirmed: boolean;
}

/** One 能力ユニット with its criteria. */
export interface SheetUnit {
  readonly name: string;
  /** In III(1), a whole unit taken from another duty type's model (S001:694). */
  readonly originDutyType?: DutyType;
  readonly criteria: readonly SheetCriterion[];
}

export interface EvaluationSheetHeader {
  /** 訓練の職務 */
  readonly duty: string;
  readonly traineeName: string;
  /** 実習実施企業 */
  readonly company: string;
  /** 評価責任者氏名 */
  readonly evaluationLeadName: string;
  /** 代表者氏名 */
  readonly representativeName: string;
  /** The sheet's date (平成 年 月 日, S001:524), YYYY-MM-DD; null while a draft. */
  readonly issuedOn: string | null;
}

/** A row of section I 企業実習・OJT期間内における職務内容 (S001:532–535). */
export interface OjtDuty {
  readonly from: string;
  readonly to: string;
  /** 区分: 企業実習 or OJT; this training writes OJT (S001:677). */
  readonly kind: 'OJT' | 'COMPANY_PRACTICE';
  readonly description: string;
}

export interface EvaluationSheet {
  readonly header: EvaluationSheetHeader;
  readonly ojtDuties: readonly OjtDuty[];
  /** Ⅱ 職務遂行のための基本的能力: the model sheet's units, unchanged (S001:686). */
  readonly section2: readonly SheetUnit[];
  /** Ⅲ(1) 基本的事項: the duty type's model units (S001:690–696). */
  readonly section3Basic: { readonly dutyType: DutyType; readonly units: readonly SheetUnit[] };
  /** Ⅲ(2) 専門的事項: set per duty, more than half cited (S001:700–754). */
  readonly section3Special: { readonly units: readonly SheetUnit[] };
  /** (総評・コメント) per section (S001:550, 580, 646, 1162–1164). */
  readonly comments: {
    readonly section1?: string;
    readonly section2: string;
    readonly section3Basic: string;
    readonly section3Special: string;
  };
}

export type Grade = 'A' | 'B' | 'C';

/** When the sheet is used (S001:487–492, 1077–1095): targets before training, mid-term, final. */
export type EvaluationMoment = 'TARGETS' | 'MIDTERM' | 'FINAL';

/** The procedure of S001:1097–1131, in order (spec R-ES-15). */
export const EVALUATION_STATES = ['SELF_RATED', 'COMPANY_RATED', 'CONFIRMED', 'EXPLAINED', 'ISSUED'] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

/** One criterion's ratings in one evaluation (spec §4.7). */
export interface CriterionRating {
  /** The struck C column: 評価を行わなかった (S001:539); set by the company, the criterion then carries no rating. */
  readonly notEvaluated: boolean;
  readonly self: Grade | null;
  readonly company: Grade | null;
  /** The evaluation lead's reason checked (S001:1119). */
  readonly leadNote: string | null;
  /** What was explained to the trainee (S001:1127). */
  readonly explanationNote: string | null;
}

export interface Evaluation {
  readonly moment: EvaluationMoment;
  readonly date: string;
  readonly state: EvaluationState;
  /** 評価担当者 (S001:1111); must differ from the lead. */
  readonly evaluatorName?: string | null;
  /** 評価責任者 who confirmed (S001:1117). */
  readonly leadName?: string | null;
  /** By criterion key (`II.WORK_ATTITUDE.1`, `III1.2.3`, `III2.7.9`); a missing entry is a blank row. */
  readonly ratings: Readonly<Record<string, CriterionRating>>;
}

/** The plan's figures an evaluation is checked against (§5.4, §5.9). */
export interface EvaluationPlanContext {
  readonly startDate: string;
  readonly endDate: string;
  /** The mid-term evaluation's date, when checking the final one. */
  readonly midtermOn?: string | null;
  /** The plan's 評価担当者 and 評価責任者 (§5.9), when known. */
  readonly evaluatorName?: string | null;
  readonly evaluationLeadName?: string | null;
}
