// The brochure's seven established secondments: with default settings, the receiver the Center actually matched
// must be among the top 3 of 52 receiving offers, and the explanation must say what a consultant would check.
import { DEFAULT_MATCHING_SETTINGS } from '../factor-weights';
import type { MatchExplanation } from '../match-explanation';
import { MatchEngine } from '../match-engine';
import type { ReceivingProfile } from '../match-profile';
import { CASE_EXAMPLES, CASE_RECEIVERS, DISTRACTOR_RECEIVERS } from './case-examples';
import { TEST_REFERENCE } from './reference.fixture';

function buildEngine(): MatchEngine {
  const engine = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);
  for (const r of [...CASE_RECEIVERS, ...DISTRACTOR_RECEIVERS]) engine.upsertReceiving(r);
  for (const c of CASE_EXAMPLES) engine.upsertSending(c.sender);
  return engine;
}

function explanation(engine: MatchEngine, caseIndex: number, receiverId: string): MatchExplanation {
  const result = engine.explain(
    CASE_EXAMPLES[caseIndex].sender,
    engine.getReceiving(receiverId) as ReceivingProfile,
  );
  if ('excluded' in result) throw new Error(result.excluded);
  return result;
}

describe('the seed’s seven case examples', () => {
  const engine = buildEngine();

  it('has at least 40 distractors besides the seven intended receivers', () => {
    expect(DISTRACTOR_RECEIVERS.length).toBeGreaterThanOrEqual(40);
    expect(engine.receivingCount).toBe(CASE_RECEIVERS.length + DISTRACTOR_RECEIVERS.length);
  });

  it.each(CASE_EXAMPLES.map((c, i) => [c.title, i] as const))(
    '%s: the intended receiver ranks in the top 3',
    (_, i) => {
      const c = CASE_EXAMPLES[i];
      const top = engine.topReceivingFor(c.sender, 3);
      expect(top.items.map((x) => x.id)).toContain(c.intendedReceiverId);
      expect(top.items).toEqual(engine.exhaustiveReceivingFor(c.sender, 3).items);
    },
  );

  it('事例1: the 税理士 licence and the English skill are what the accounting firm asks for', () => {
    const x = explanation(engine, 0, 'case1-accounting-firm');
    expect(x.reasons).toEqual(
      expect.arrayContaining([
        '必須資格「税理士」を保有',
        '歓迎スキル「英語」を保有',
        '期間が一致（12か月）',
      ]),
    );
    expect(x.notes).toContain('異業種間のマッチ（製造業 → 学術研究，専門・技術サービス業）');
  });

  it('事例2: a train driver to a clinic crosses occupations, but place, period and training fit', () => {
    const x = explanation(engine, 1, 'case2-ent-clinic');
    expect(x.gaps).toContain('職種が異なる（輸送・機械運転従事者 → 事務従事者）');
    expect(x.reasons).toEqual(
      expect.arrayContaining([
        '勤務地が同一県（福岡県）',
        '期間が一致（12か月）',
        '希望条件「教育・研修あり」を満たす',
      ]),
    );
    // The bus company nearby needs a licence the drivers do not have.
    expect(explanation(engine, 1, 'd06-fukuoka-bus').gaps).toContain('必須資格「大型二種免許」が未保有');
  });

  it('事例4: the customs office work is a fit, while a customs broker requires a licence the sender lacks', () => {
    const x = explanation(engine, 3, 'case4-logistics-customs');
    expect(x.reasons).toContain('勤務地（千葉県）が送出側の希望勤務地に含まれる');
    expect(x.gaps).toContain('歓迎資格「通関士」は未保有');
    expect(explanation(engine, 3, 'd17-tokyo-customs-broker').gaps).toEqual(
      expect.arrayContaining(['必須資格「通関士」が未保有', '希望期間6か月に対し受入期間12か月']),
    );
  });

  it('事例5: the brewery’s wishes (training, licence support) are what the farm offers', () => {
    const x = explanation(engine, 4, 'case5-rice-farm');
    expect(x.reasons).toEqual(
      expect.arrayContaining(['希望条件「教育・研修あり」を満たす', '希望条件「資格取得支援」を満たす']),
    );
    expect(x.notes).toContain('異業種間のマッチ（製造業 → 農業，林業）');
  });

  it('事例7: the women-friendly workplace is met, a night-shift warehouse is not', () => {
    expect(explanation(engine, 6, 'case7-cold-chain').reasons).toContain(
      '希望条件「女性が働きやすい職場」を満たす',
    );
    expect(explanation(engine, 6, 'd33-saitama-warehouse-night').gaps).toContain(
      '希望条件「夜勤なし」に対し受入先は夜勤あり',
    );
  });

  it('ranks the senders for a receiver too: each intended sender is in the top 3 of the seven', () => {
    for (const c of CASE_EXAMPLES) {
      const receiver = engine.getReceiving(c.intendedReceiverId) as ReceivingProfile;
      expect(engine.topSendingFor(receiver, 3).items.map((x) => x.id)).toContain(c.sender.id);
    }
  });
});
