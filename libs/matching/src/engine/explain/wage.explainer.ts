import { FactorKey } from '../factor-weights';
import { F_WAGE } from '../pair-scorer';
import { formatMonthlyWage } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Offered against current wage; on a secondment a shortfall can be shared by agreement. */
export function explainWage({ cs, cr, v, canSecondment }: ExplainedPair): ExplanationLines {
  if (!(cs.wage > 0) || !(cr.wage >= 0)) {
    return { missing: [missingData(FactorKey.WAGE, !(cs.wage > 0), !(cr.wage >= 0))] };
  }
  const offered = `受入賃金（${formatMonthlyWage(cr.wage)}）が現在の賃金（${formatMonthlyWage(cs.wage)}）`;
  if (cr.wage >= cs.wage) return { reasons: [`${offered}以上`] };
  const shared = canSecondment ? '。在籍型出向では賃金負担を協議で調整可能' : '';
  const level = v[F_WAGE] >= 0.75 ? 'をやや下回る' : 'を下回る';
  return { gaps: [`${offered}${level}${shared}`] };
}
