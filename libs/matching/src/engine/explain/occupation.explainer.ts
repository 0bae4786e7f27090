import { FactorKey } from '../factor-weights';
import { occupationAffinityReason } from '../occupation-affinity';
import { F_OCCUPATION } from '../pair-scorer';
import { unclassified } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Same, related (with the affinity's reason) or different occupations. */
export function explainOccupation({ s, r, cs, cr, v, names }: ExplainedPair): ExplanationLines {
  if (unclassified(cs.occ) || unclassified(cr.occ)) {
    return { missing: [missingData(FactorKey.OCCUPATION, unclassified(cs.occ), unclassified(cr.occ))] };
  }
  const value = v[F_OCCUPATION];
  const pair = `${names.occupation(s.occupationCode)} → ${names.occupation(r.occupationCode)}`;
  if (value === 1) return { reasons: [`職種が同じ（${names.occupation(r.occupationCode)}）`] };
  if (value > 0) {
    const because = occupationAffinityReason(s.occupationCode, r.occupationCode);
    const detail = because ? `${pair}：${because}` : pair;
    return { reasons: [value >= 0.5 ? `職種が近い（${detail}）` : `職種に共通点あり（${detail}）`] };
  }
  return { gaps: [`職種が異なる（${pair}）`] };
}
