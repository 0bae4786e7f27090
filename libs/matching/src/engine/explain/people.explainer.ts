import { FactorKey } from '../factor-weights';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** People the sender can send against places the receiver offers. */
export function explainPeople({ cs, cr }: ExplainedPair): ExplanationLines {
  if (!(cs.people > 0) || !(cr.people > 0)) {
    return { missing: [missingData(FactorKey.PEOPLE, !(cs.people > 0), !(cr.people > 0))] };
  }
  if (cs.people === cr.people) return { reasons: [`人数が一致（${cr.people}人）`] };
  if (cs.people < cr.people) return { gaps: [`受入希望${cr.people}人に対し送出可能${cs.people}人`] };
  return { gaps: [`送出可能${cs.people}人に対し受入希望${cr.people}人`] };
}
