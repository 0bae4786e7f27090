import { FactorKey } from '../factor-weights';
import { F_EXPERIENCE } from '../pair-scorer';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Years against the receiver's minimum; no line when it asks for none. */
export function explainExperience({ cs, cr, v }: ExplainedPair): ExplanationLines {
  if (!(cs.experience >= 0) || !(cr.minExperience >= 0)) {
    return {
      missing: [missingData(FactorKey.EXPERIENCE, !(cs.experience >= 0), !(cr.minExperience >= 0))],
    };
  }
  if (!(cr.minExperience > 0)) return {};
  const text = `経験年数${cs.experience}年（必要${cr.minExperience}年以上）`;
  return v[F_EXPERIENCE] === 1 ? { reasons: [text] } : { gaps: [text] };
}
