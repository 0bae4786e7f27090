import { aRegistrant, anOpening, matchRef } from '../__tests__/match-profiles';
import { PhysicalDemand, WorkingStyle } from '../talent-bank-enums';
import { regionAllowed, scoreOpening, TALENT_FACTOR_WEIGHTS, TalentFactorKey } from './talent-factors';

// The pair that fits on every factor, shared with the factors' own specs.
const ref = matchRef;
const registrant = aRegistrant;
const opening = anOpening;

describe('scoreOpening', () => {
  it('scores a pair that fits on every factor 1, and says why in Japanese', () => {
    const result = scoreOpening(registrant(), opening(), ref);
    expect(result.score).toBeCloseTo(1, 10);
    expect(result.gaps).toEqual([]);
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        '希望職種に合う（事務従事者）',
        '勤務地が居住地と同じ都道府県（東京都）',
        '勤務形態が希望に合う（短時間勤務（パートタイム））',
        '勤務日数が希望の範囲内（週3日、希望は週3日まで）',
        '身体的負担が対応できる範囲内（軽作業（座り仕事中心））',
        '賃金（月額16万円〜20万円）が希望（月額18万円）以上',
        '必須資格・スキル「日商簿記検定2級」を保有',
        '歓迎資格・スキル「Excel」を保有',
      ]),
    );
  });

  it('makes the contributions sum to the score with weights summing to 1', () => {
    expect(Object.values(TALENT_FACTOR_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const result = scoreOpening(registrant({ monthlyWage: 250000 }), opening({ daysPerWeek: 5 }), ref);
    expect(result.factors.reduce((a, f) => a + f.contribution, 0)).toBeCloseTo(result.score, 12);
  });

  it('shows the senior factors as gaps: full time for a part-time wish, heavy work, longer hours, lower wage', () => {
    const result = scoreOpening(
      registrant(),
      opening({
        workingStyle: WorkingStyle.FULL_TIME,
        daysPerWeek: 5,
        hoursPerDay: 8,
        physicalDemand: PhysicalDemand.HEAVY,
        wageMin: null,
        wageMax: 150000,
      }),
      ref,
    );
    const value = (key: TalentFactorKey) => result.factors.find((f) => f.factor === key)!.value;
    expect(value(TalentFactorKey.WORKING_STYLE)).toBe(0);
    expect(value(TalentFactorKey.PHYSICAL_DEMAND)).toBe(0.3);
    expect(value(TalentFactorKey.HOURS)).toBeCloseTo((1 / 3 + 2 / 3) / 2, 10);
    expect(value(TalentFactorKey.WAGE)).toBeCloseTo(1 - 2.5 * (1 - 150000 / 180000), 10);
    expect(result.gaps).toEqual(
      expect.arrayContaining([
        '希望は短時間勤務（パートタイム）、求人はフルタイム',
        '勤務日数が希望より多い（週5日、希望は週3日まで）',
        '1日の勤務時間が希望より長い（8時間、希望は6時間まで）',
        '身体的負担が対応できる程度を超える（求人は重作業（重量物の取扱いあり）、対応できるのは普通（立ち仕事・歩行あり）まで）',
        '賃金（月額15万円）が希望（月額18万円）を下回る',
      ]),
    );
  });

  it('ranks a near occupation above an unrelated one, with the engine’s reason', () => {
    const near = scoreOpening(registrant({ desiredOccupationCodes: ['A'] }), opening(), ref);
    const far = scoreOpening(registrant({ desiredOccupationCodes: ['K'] }), opening(), ref);
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.reasons[0]).toBe(
      '希望職種に近い（管理的職業従事者 → 事務従事者：管理職の経験は管理部門・事務の統括に活かせる）',
    );
    expect(far.gaps[0]).toBe('希望職種（運搬・清掃・包装等従事者）と異なる（事務従事者）');
  });

  it('scores missing data as neutral and says so; a missing required licence is a gap', () => {
    const result = scoreOpening(
      registrant({ workingStyle: null, daysPerWeek: null, hoursPerDay: null, skillKeys: ['excel'] }),
      opening(),
      ref,
    );
    expect(result.notes).toEqual(['データ未登録のため中立（0.5）で評価：勤務形態、勤務日数・時間']);
    expect(result.gaps).toContain('必須資格・スキル「日商簿記検定2級」が未保有');
  });

  it('never offers a workplace outside the prefectures a registrant listed', () => {
    expect(regionAllowed(registrant({ acceptablePrefectureCodes: ['14'] }), opening())).toBe(false);
    expect(regionAllowed(registrant({ acceptablePrefectureCodes: ['13', '14'] }), opening())).toBe(true);
    expect(regionAllowed(registrant(), opening({ workplacePrefectureCode: '27' }))).toBe(true);
  });
});
