import { FactorKey } from '../factor-weights';
import { formatDate } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** The sender's earliest start against the receiver's date, and by how many days it is late. */
export function explainStart({ s, r, cs, cr }: ExplainedPair): ExplanationLines {
  if (!Number.isFinite(cs.earliest) || !Number.isFinite(cr.startBy)) {
    return {
      missing: [missingData(FactorKey.START, !Number.isFinite(cs.earliest), !Number.isFinite(cr.startBy))],
    };
  }
  const earliest = formatDate(s.earliestStartOn ?? '');
  const startBy = formatDate(r.startBy ?? '');
  if (cs.earliest <= cr.startBy) {
    return { reasons: [`開始可能日（${earliest}）が受入希望時期（${startBy}）に間に合う`] };
  }
  return {
    gaps: [`開始可能日（${earliest}）が受入希望時期（${startBy}）より${cs.earliest - cr.startBy}日遅い`],
  };
}
