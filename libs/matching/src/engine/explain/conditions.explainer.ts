import { SHIFT_PATTERN_LABELS, WORKPLACE_CONDITION_LABELS, WorkplaceCondition } from '@kakehashi/offers';
import { NO_NIGHT_SHIFT_BIT, conditionMask } from '../compiled-profile';
import { FactorKey } from '../factor-weights';
import { NEUTRAL, SHIFT_DAY, SHIFT_NIGHT, SHIFT_ROTATING, wishCredit } from '../factors';
import { F_CONDITIONS } from '../pair-scorer';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** One line per condition the sender wished for; NO_NIGHT_SHIFT is judged by the receiver's shift pattern too. */
export function explainConditions({ r, cs, cr, v }: ExplainedPair): ExplanationLines {
  if (cs.wantedCount === 0) return {};
  if (v[F_CONDITIONS] === NEUTRAL && cr.offered === 0 && !r.shiftPattern) {
    return { missing: [missingData(FactorKey.CONDITIONS, false, true)] };
  }
  const reasons: string[] = [];
  const gaps: string[] = [];
  for (const condition of Object.values(WorkplaceCondition)) {
    const bit = conditionMask([condition]);
    if ((cs.wanted & bit) === 0) continue;
    const label = `希望条件「${WORKPLACE_CONDITION_LABELS[condition]}」`;
    const credit = wishCredit(bit, NO_NIGHT_SHIFT_BIT, cr.offered, cr.shift);
    const shift = r.shiftPattern ? SHIFT_PATTERN_LABELS[r.shiftPattern] : '勤務形態未登録';
    if (credit === 1) {
      reasons.push(
        bit === NO_NIGHT_SHIFT_BIT && cr.shift === SHIFT_DAY && (cr.offered & bit) === 0
          ? `${label}を満たす（${shift}）`
          : `${label}を満たす`,
      );
    } else if (bit === NO_NIGHT_SHIFT_BIT && (cr.shift === SHIFT_NIGHT || cr.shift === SHIFT_ROTATING)) {
      gaps.push(`${label}に対し受入先は${shift}`);
    } else if (credit === NEUTRAL) {
      gaps.push(`${label}は要確認（${shift}）`);
    } else {
      gaps.push(`${label}は受入条件に記載なし`);
    }
  }
  return { reasons, gaps };
}
