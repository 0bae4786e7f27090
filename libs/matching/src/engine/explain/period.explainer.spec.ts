import { MoveTypeWanted } from '@kakehashi/offers';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainPeriod } from './period.explainer';

const period = (desired: number | null, offered: number | null) =>
  explainPeriod(pairOf({ desiredPeriodMonths: desired }, { periodMonths: offered }));

describe('explainPeriod', () => {
  it('says equal, nearly equal (0.75 and up) or short', () => {
    expect(period(12, 12)).toEqual({ reasons: ['期間が一致（12か月）'] });
    expect(period(12, 10)).toEqual({ reasons: ['期間がほぼ一致（希望12か月、受入10か月）'] });
    expect(period(12, 6)).toEqual({ gaps: ['希望期間12か月に対し受入期間6か月'] });
  });

  it('names the side without a period', () => {
    expect(period(null, 6)).toEqual({ missing: ['期間（送出側）'] });
    expect(period(null, null)).toEqual({ missing: ['期間（双方）'] });
  });

  it('notes that a transfer has no period', () => {
    const pair = pairOf(
      { moveType: MoveTypeWanted.TRANSFER, desiredPeriodMonths: 12 },
      { acceptsSecondment: false, acceptsTransfer: true, periodMonths: 6 },
    );
    expect(explainPeriod(pair)).toEqual({ notes: ['移籍のため期間は評価対象外'] });
  });
});
