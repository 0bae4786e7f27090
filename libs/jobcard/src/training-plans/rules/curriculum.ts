// The curriculum (R-TR-8, spec §5.8): for OJT and Off-JT each, the subject name, its content and hours (S001:184);
// the totals OJT計, Off-JT計 and 有期実習型訓練合計 are computed, never typed (S001:448, 457, 458).
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { isFilled, planError } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { CurriculumRow } from './training-plan.types';
import { countedMinutes, isOffJt, isPositiveMinutes } from './off-jt-units';

export interface CurriculumTotals {
  /** OJT計. */
  readonly ojtMinutes: number;
  /** Off-JT計 as counted (45–59-minute units as hours, R-TR-13). */
  readonly offJtMinutes: number;
  /** Off-JT as attended (clock time), for reference. */
  readonly offJtAttendedMinutes: number;
  /** 有期実習型訓練合計 = OJT計 + Off-JT計. */
  readonly totalMinutes: number;
  /** Each row's counted minutes, in the rows' order (0 for a row without usable minutes). */
  readonly rowMinutes: readonly number[];
}

export function curriculumTotals(rows: readonly CurriculumRow[]): CurriculumTotals {
  const rowMinutes = rows.map(countedMinutes);
  let ojtMinutes = 0;
  let offJtMinutes = 0;
  let offJtAttendedMinutes = 0;
  rows.forEach((row, i) => {
    if (!isOffJt(row)) {
      ojtMinutes += rowMinutes[i];
      return;
    }
    offJtMinutes += rowMinutes[i];
    offJtAttendedMinutes += isPositiveMinutes(row.minutes) ? row.minutes : 0;
  });
  return {
    ojtMinutes,
    offJtMinutes,
    offJtAttendedMinutes,
    totalMinutes: ojtMinutes + offJtMinutes,
    rowMinutes,
  };
}

function rowFindings(row: CurriculumRow, index: number): RuleFinding[] {
  const at = (field: string) => `curriculum.${index}.${field}`;
  return [
    ...(isFilled(row.name)
      ? []
      : [planError(F.CURRICULUM_NAME_MISSING, at('name'), M.rowNameMissing(index))]),
    // The seed wants the content specific enough to show the trainee what to learn (S001:419); only emptiness is
    // decidable here.
    ...(isFilled(row.content)
      ? []
      : [planError(F.CURRICULUM_CONTENT_MISSING, at('content'), M.rowContentMissing(index, row.name))]),
    ...(isPositiveMinutes(row.minutes)
      ? []
      : [
          planError(
            F.CURRICULUM_MINUTES_NOT_POSITIVE,
            at('minutes'),
            M.rowMinutesNotPositive(index, row.name),
          ),
        ]),
  ];
}

export function validateCurriculumRows(rows: readonly CurriculumRow[]): RuleFinding[] {
  return rows.flatMap(rowFindings);
}
