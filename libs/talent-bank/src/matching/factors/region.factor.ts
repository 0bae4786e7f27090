import { verdict, type FactorScorer } from './factor';

/** Region: home prefecture, then the prefectures the registrant listed, then the same region. */
export const regionFactor: FactorScorer = (registrant, opening, ref) => {
  const pref = (code: string) => ref.prefectureNames.get(code) ?? code;
  const home = registrant.prefectureCode;
  const workplace = opening.workplacePrefectureCode;
  if (home === workplace)
    return verdict(1, { reasons: [`勤務地が居住地と同じ都道府県（${pref(workplace)}）`] });
  if (registrant.acceptablePrefectureCodes.includes(workplace))
    return verdict(0.9, { reasons: [`勤務地（${pref(workplace)}）が勤務可能な地域に含まれる`] });
  const homeRegion = ref.prefectureRegions.get(home);
  const workRegion = ref.prefectureRegions.get(workplace);
  if (homeRegion && homeRegion === workRegion)
    return verdict(0.6, {
      reasons: [`勤務地が同一地域（${homeRegion}：${pref(home)} → ${pref(workplace)}）`],
    });
  return verdict(0.2, { gaps: [`勤務地が遠方（${pref(home)} → ${pref(workplace)}）`] });
};
