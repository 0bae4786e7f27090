// Sheets and evaluations for the tests: the press-working model of the guide (S001:512–646) as a complete, valid
// 技能系 sheet, and small builders to change one part of it.
import type {
  CriterionRating,
  CriterionSourceKind,
  Evaluation,
  EvaluationPlanContext,
  EvaluationSheet,
  SheetCriterion,
  SheetUnit,
} from '../evaluation-sheet';
import { PRESS_WORKING_SPECIAL_MODEL } from '../reference/press-working-model';
import { SKILLED_BASIC_MODEL } from '../reference/skilled-basic-model';
import { modelUnits, section2Units } from '../sheet-drafts';

export function pressSheet(): EvaluationSheet {
  return {
    header: {
      duty: 'プレス加工',
      traineeName: '山田 花子',
      company: '京都プレス工業株式会社',
      evaluationLeadName: '佐藤 一郎',
      representativeName: '京都 太郎',
      issuedOn: null,
    },
    ojtDuties: [
      {
        from: '2025-04-01',
        to: '2025-09-30',
        kind: 'OJT',
        description: '打ち抜き加工・プレス曲げ加工の段取りと検査',
      },
    ],
    section2: section2Units(),
    section3Basic: { dutyType: 'SKILLED', units: modelUnits(SKILLED_BASIC_MODEL) },
    section3Special: { units: modelUnits(PRESS_WORKING_SPECIAL_MODEL) },
    comments: { section2: '', section3Basic: '', section3Special: '' },
  };
}

export const withSection2 = (sheet: EvaluationSheet, section2: readonly SheetUnit[]): EvaluationSheet => ({
  ...sheet,
  section2,
});

export const withBasic = (
  sheet: EvaluationSheet,
  basic: EvaluationSheet['section3Basic'],
): EvaluationSheet => ({
  ...sheet,
  section3Basic: basic,
});

export const withSpecial = (sheet: EvaluationSheet, units: readonly SheetUnit[]): EvaluationSheet => ({
  ...sheet,
  section3Special: { units },
});

export function criterion(
  text: string,
  sourceKind: CriterionSourceKind,
  code = '',
  sourceName = '',
  bureauConfirmed = false,
): SheetCriterion {
  return { text, sourceKind, sourceName, code, bureauConfirmed };
}

export const own = (text: string): SheetCriterion => criterion(text, 'OWN');

/** A cited criterion from the press model's own wording family, coded as the model prints. */
export const modelCited = (text: string): SheetCriterion =>
  criterion(text, 'MODEL_SHEET', 'H340231', 'モデル評価シート');

export const PLAN: EvaluationPlanContext = { startDate: '2025-04-01', endDate: '2025-09-30' };

export function rating(
  self: CriterionRating['self'],
  company: CriterionRating['company'],
  notes: Partial<Pick<CriterionRating, 'leadNote' | 'explanationNote' | 'notEvaluated'>> = {},
): CriterionRating {
  return { notEvaluated: false, self, company, leadNote: null, explanationNote: null, ...notes };
}

export const struck = (): CriterionRating => rating(null, null, { notEvaluated: true });

export function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    moment: 'FINAL',
    date: '2025-09-26',
    state: 'SELF_RATED',
    evaluatorName: '鈴木 次郎',
    leadName: '佐藤 一郎',
    ratings: {},
    ...overrides,
  };
}
