import { FactorKey } from '../factor-weights';
import { NEUTRAL } from '../factors';
import { F_REGION } from '../pair-scorer';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Same prefecture, a listed one, same region or far away, in regionValue's order. */
export function explainRegion({ s, r, cs, cr, v, names }: ExplainedPair): ExplanationLines {
  const home = names.pref(s.homePrefectureCode);
  const workplace = names.pref(r.workplacePrefectureCode);
  const value = v[F_REGION];
  if (value === 1) {
    return {
      reasons: [
        workplace.endsWith('県') ? `勤務地が同一県（${workplace}）` : `勤務地が同一都道府県（${workplace}）`,
      ],
    };
  }
  if (cs.accept.length > 0) return { reasons: [`勤務地（${workplace}）が送出側の希望勤務地に含まれる`] };
  if (value === NEUTRAL) return { missing: [missingData(FactorKey.REGION, cs.region < 0, cr.region < 0)] };
  if (cs.region === cr.region) {
    return {
      reasons: [
        `勤務地が同一地域（${names.region(r.workplacePrefectureCode) ?? ''}：${home} → ${workplace}）`,
      ],
    };
  }
  return { gaps: [`勤務地が遠方（${home} → ${workplace}）`] };
}
