import { MoveTypeWanted, ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';
import { DEFAULT_FACTOR_WEIGHTS, DEFAULT_MATCHING_SETTINGS, FACTOR_KEYS, FactorKey } from './factor-weights';
import type { MatchExplanation } from './match-explanation';
import { MatchEngine } from './match-engine';
import type { ReceivingProfile, SendingProfile } from './match-profile';
import { receivingProfile, sendingProfile, skill } from './__tests__/profile-builders';
import { TEST_REFERENCE } from './__tests__/reference.fixture';

const engine = () => new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);

function explain(s: SendingProfile, r: ReceivingProfile, e = engine()): MatchExplanation {
  const result = e.explain(s, r);
  if ('excluded' in result) throw new Error(`unexpectedly excluded: ${result.excluded}`);
  return result;
}

const factor = (x: MatchExplanation, key: FactorKey) => x.factors.find((f) => f.factor === key)!;

const driver = sendingProfile({
  id: 's-driver',
  jsicMajorCode: 'D',
  occupationCode: 'J',
  homePrefectureCode: '23',
  text: '建設機械オペレーター。重機による掘削',
  skills: [skill('大型特殊自動車免許', 'LICENCE'), skill('玉掛け技能', 'LICENCE')],
  experienceYears: 12,
  monthlyWage: 320_000,
  desiredPeriodMonths: 12,
  earliestStartOn: '2026-04-01',
});

const farm = receivingProfile({
  id: 'r-farm',
  jsicMajorCode: 'A',
  occupationCode: 'G',
  workplacePrefectureCode: '23',
  text: 'トラクター・コンバインの運転。水稲の収穫',
  requiredSkills: [skill('大型特殊自動車免許', 'LICENCE')],
  preferredSkills: [skill('フォークリフト運転技能者', 'LICENCE'), skill('玉掛け技能', 'LICENCE')],
  minExperienceYears: 3,
  periodMonths: 6,
  monthlyWage: 300_000,
  startBy: '2026-05-01',
});

describe('MatchEngine.explain', () => {
  it('lists every factor with its normalised weight, value and contribution, summing to the score', () => {
    const x = explain(driver, farm);
    expect(x.factors.map((f) => f.factor)).toEqual(FACTOR_KEYS);
    expect(x.factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 12);
    expect(x.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(x.score);
    for (const f of x.factors) {
      expect(f.value).toBeGreaterThanOrEqual(0);
      expect(f.value).toBeLessThanOrEqual(1);
      expect(f.contribution).toBe(f.weight * f.value);
    }
    expect(x.score).toBeGreaterThan(0);
    expect(x.score).toBeLessThanOrEqual(1);
  });

  it('says which required and preferred licences are held and which are missing', () => {
    const x = explain(driver, farm);
    expect(x.reasons).toContain('必須資格「大型特殊自動車免許」を保有');
    expect(x.reasons).toContain('歓迎資格「玉掛け技能」を保有');
    expect(x.gaps).toContain('歓迎資格「フォークリフト運転技能者」は未保有');
    const customs = receivingProfile({
      id: 'r-customs',
      requiredSkills: [skill('通関士', 'QUALIFICATION'), skill('Excel', 'SKILL')],
    });
    const y = explain(driver, customs);
    expect(y.gaps).toEqual(
      expect.arrayContaining(['必須資格「通関士」が未保有', '必須スキル「Excel」が未保有']),
    );
    expect(factor(y, FactorKey.REQUIRED_SKILLS).value).toBe(0);
  });

  it('explains the occupation: the same group, a related one with the reason, or a different one', () => {
    expect(explain(driver, { ...farm, occupationCode: 'J' }).reasons).toContain(
      '職種が同じ（建設・採掘従事者）',
    );
    expect(explain(driver, { ...farm, occupationCode: 'H' }).reasons).toContain(
      '職種が近い（建設・採掘従事者 → 生産工程従事者：現場作業・機械操作の経験が共通）',
    );
    expect(explain(driver, { ...farm, occupationCode: 'K' }).reasons).toContain(
      '職種に共通点あり（建設・採掘従事者 → 運搬・清掃・包装等従事者：現場での運搬・清掃作業が重なる）',
    );
    expect(explain(driver, farm).gaps).toContain('職種が異なる（建設・採掘従事者 → 農林漁業従事者）');
  });

  it('describes the workplace against home and the acceptable prefectures', () => {
    expect(explain(driver, farm).reasons).toContain('勤務地が同一県（愛知県）');
    expect(
      explain({ ...driver, homePrefectureCode: '13' }, { ...farm, workplacePrefectureCode: '13' }).reasons,
    ).toContain('勤務地が同一都道府県（東京都）');
    expect(explain(driver, { ...farm, workplacePrefectureCode: '21' }).reasons).toContain(
      '勤務地が同一地域（中部：愛知県 → 岐阜県）',
    );
    const far = explain(driver, { ...farm, workplacePrefectureCode: '47' });
    expect(far.gaps).toContain('勤務地が遠方（愛知県 → 沖縄県）');
    expect(factor(far, FactorKey.REGION).value).toBe(0.2);
    const listed = explain(
      { ...driver, acceptablePrefectureCodes: ['23', '27'] },
      { ...farm, workplacePrefectureCode: '27' },
    );
    expect(listed.reasons).toContain('勤務地（大阪府）が送出側の希望勤務地に含まれる');
  });

  it('compares periods for a secondment and leaves them out for a transfer', () => {
    expect(explain(driver, farm).gaps).toContain('希望期間12か月に対し受入期間6か月');
    expect(explain(driver, { ...farm, periodMonths: 12 }).reasons).toContain('期間が一致（12か月）');
    const transfer = explain(
      { ...driver, moveType: MoveTypeWanted.TRANSFER },
      { ...farm, acceptsSecondment: false, acceptsTransfer: true },
    );
    expect(transfer.notes).toContain('移籍のため期間は評価対象外');
    expect(transfer.reasons).toContain('移籍として受入可能');
    expect(factor(transfer, FactorKey.PERIOD).value).toBe(0.5);
  });

  it('gives the period of a transfer no weight: it adds nothing and the other factors keep their proportions', () => {
    const sender = { ...driver, moveType: MoveTypeWanted.TRANSFER, monthlyWage: 300_000 };
    const transfer = explain(sender, { ...farm, acceptsSecondment: false, acceptsTransfer: true });
    expect(transfer.notes).toContain('移籍のため期間は評価対象外');
    expect(factor(transfer, FactorKey.PERIOD).weight).toBe(0);
    expect(factor(transfer, FactorKey.PERIOD).contribution).toBe(0);
    expect(transfer.factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 12);
    // The same pair as a secondment, scored by an administrator who gave the period no weight.
    const e = engine();
    e.setSettings({ ...DEFAULT_MATCHING_SETTINGS, weights: { ...DEFAULT_FACTOR_WEIGHTS, PERIOD: 0 } });
    const withoutPeriod = explain({ ...sender, moveType: MoveTypeWanted.SECONDMENT }, farm, e);
    expect(transfer.score).toBeCloseTo(withoutPeriod.score, 12);
    // Whatever periods were typed, a transfer's score does not move.
    const other = explain(
      { ...sender, desiredPeriodMonths: 36 },
      { ...farm, acceptsSecondment: false, acceptsTransfer: true, periodMonths: 1 },
    );
    expect(other.score).toBe(transfer.score);
  });

  it('explains wage, people, start and experience in yen, persons, dates and years', () => {
    const x = explain(driver, { ...farm, monthlyWage: 240_000, people: 3 });
    expect(x.gaps).toContain(
      '受入賃金（月額24万円）が現在の賃金（月額32万円）を下回る。在籍型出向では賃金負担を協議で調整可能',
    );
    expect(x.gaps).toContain('受入希望3人に対し送出可能1人');
    expect(x.reasons).toContain('開始可能日（2026年4月1日）が受入希望時期（2026年5月1日）に間に合う');
    expect(x.reasons).toContain('経験年数12年（必要3年以上）');
    const late = explain({ ...driver, earliestStartOn: '2026-05-31', experienceYears: 1 }, farm);
    expect(late.gaps).toContain('開始可能日（2026年5月31日）が受入希望時期（2026年5月1日）より30日遅い');
    expect(late.gaps).toContain('経験年数1年（必要3年以上）');
    expect(explain(driver, { ...farm, monthlyWage: 330_000 }).reasons).toContain(
      '受入賃金（月額33万円）が現在の賃金（月額32万円）以上',
    );
  });

  it('checks wished conditions, including 夜勤なし against the shift pattern', () => {
    const wishes = {
      ...driver,
      conditions: [WorkplaceCondition.NO_NIGHT_SHIFT, WorkplaceCondition.HOUSING_PROVIDED],
    };
    const night = explain(wishes, { ...farm, shiftPattern: ShiftPattern.NIGHT });
    expect(night.gaps).toEqual(
      expect.arrayContaining([
        '希望条件「夜勤なし」に対し受入先は夜勤あり',
        '希望条件「住居・寮の提供」は受入条件に記載なし',
      ]),
    );
    expect(factor(night, FactorKey.CONDITIONS).value).toBe(0);
    const day = explain(wishes, {
      ...farm,
      shiftPattern: ShiftPattern.DAY,
      conditions: [WorkplaceCondition.HOUSING_PROVIDED],
    });
    expect(day.reasons).toEqual(
      expect.arrayContaining([
        '希望条件「夜勤なし」を満たす（日勤のみ）',
        '希望条件「住居・寮の提供」を満たす',
      ]),
    );
    expect(factor(day, FactorKey.CONDITIONS).value).toBe(1);
  });

  it('shows shared words of the texts', () => {
    const x = explain(driver, { ...farm, text: '重機オペレーター。造成工事での掘削と整地' });
    expect(x.reasons.find((r) => r.includes('共通語'))).toEqual(expect.stringContaining('掘削'));
    expect(explain(driver, { ...farm, text: '経理' }).gaps).toContain(
      '職務内容・スキルの記述に共通点が少ない',
    );
  });

  it('lists shared words as the counterpart typed them, without stop words or fragments', () => {
    const x = explain(
      { ...driver, text: '物流倉庫スタッフ。toeic 850点、nc旋盤の経験。第一種電気工事士' },
      { ...farm, text: '倉庫スタッフ（TOEIC 800点以上）。NC旋盤オペレーター、電気工事士（一種）' },
    );
    const shared = x.reasons.find((r) => r.includes('共通語')) ?? '';
    expect(shared).toEqual(expect.stringContaining('倉庫、TOEIC、NC、旋盤'));
    for (const noise of ['スタッフ', 'toeic', 'nc', '一種', '第一', '経験', '、種', '、者'])
      expect([noise, shared.includes(noise)]).toEqual([noise, false]);
  });

  it('notes a match across industries, which is information and not a penalty', () => {
    const cross = explain({ ...driver, jsicMajorCode: 'E' }, { ...farm, jsicMajorCode: 'P' });
    const same = explain({ ...driver, jsicMajorCode: 'E' }, { ...farm, jsicMajorCode: 'E' });
    expect(cross.notes).toContain('異業種間のマッチ（製造業 → 医療，福祉）');
    expect(same.notes.some((n) => n.startsWith('異業種'))).toBe(false);
    expect(cross.score).toBe(same.score);
  });

  it('scores missing data as neutral with a note, never failing', () => {
    const bare = sendingProfile({ id: 's-bare', homePrefectureCode: '', occupationCode: 'L' });
    const x = explain(bare, receivingProfile({ id: 'r-bare', requiredSkills: [skill('通関士')] }));
    expect(x.gaps).toContain('必須資格「通関士」の保有が未確認（送出側の資格・スキル未登録）');
    expect(x.notes.find((n) => n.startsWith('データ未登録のため中立（0.5）で評価'))).toEqual(
      expect.stringContaining('賃金（双方）'),
    );
    for (const key of [FactorKey.REQUIRED_SKILLS, FactorKey.OCCUPATION, FactorKey.TEXT, FactorKey.REGION]) {
      expect(factor(x, key).value).toBe(0.5);
    }
  });

  it('says why an excluded pair is never suggested', () => {
    const e = engine();
    expect(e.explain({ ...driver, moveType: MoveTypeWanted.TRANSFER }, farm)).toEqual({
      excluded: '出向・移籍の形態が合わない（送出側：移籍、受入側：在籍型出向のみ受入）',
    });
    expect(e.explain({ ...driver, acceptablePrefectureCodes: ['13', '14'] }, farm)).toEqual({
      excluded: '勤務地（愛知県）が送出側の希望勤務地（東京都、神奈川県）に含まれない',
    });
    const customs = receivingProfile({ id: 'r-customs', requiredSkills: [skill('通関士', 'QUALIFICATION')] });
    expect('excluded' in e.explain(driver, customs)).toBe(false);
    e.setSettings({ ...DEFAULT_MATCHING_SETTINGS, excludeMissingRequired: true });
    expect(e.explain(driver, customs)).toEqual({
      excluded: '必須資格・スキル「通関士」が未保有のため対象外（必須資格の未保有は除外する設定）',
    });
  });

  it('follows the administrator’s weights', () => {
    const e = engine();
    const before = explain(driver, farm, e);
    e.setSettings({
      ...DEFAULT_MATCHING_SETTINGS,
      weights: { ...DEFAULT_FACTOR_WEIGHTS, PERIOD: 0, OCCUPATION: 1 },
    });
    const after = explain(driver, farm, e);
    expect(factor(after, FactorKey.PERIOD).contribution).toBe(0);
    expect(factor(after, FactorKey.OCCUPATION).weight).toBeGreaterThan(
      factor(before, FactorKey.OCCUPATION).weight,
    );
    expect(after.score).toBeLessThan(before.score);
  });
});
