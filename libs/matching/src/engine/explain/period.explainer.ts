import { FactorKey } from '../factor-weights';
import { F_PERIOD } from '../pair-scorer';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Desired against offered months; a transfer has no period. */
export function explainPeriod({ cs, cr, v, canSecondment }: ExplainedPair): ExplanationLines {
  if (!canSecondment) return { notes: ['移籍のため期間は評価対象外'] };
  if (!(cs.period > 0) || !(cr.period > 0)) {
    return { missing: [missingData(FactorKey.PERIOD, !(cs.period > 0), !(cr.period > 0))] };
  }
  if (cs.period === cr.period) return { reasons: [`期間が一致（${cr.period}か月）`] };
  if (v[F_PERIOD] >= 0.75)
    return { reasons: [`期間がほぼ一致（希望${cs.period}か月、受入${cr.period}か月）`] };
  return { gaps: [`希望期間${cs.period}か月に対し受入期間${cr.period}か月`] };
}
