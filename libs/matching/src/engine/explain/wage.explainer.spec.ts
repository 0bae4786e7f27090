import { MoveTypeWanted } from '@kakehashi/offers';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainWage } from './wage.explainer';

describe('explainWage', () => {
  it('says the offered wage is at least the current one', () => {
    expect(explainWage(pairOf({ monthlyWage: 300_000 }, { monthlyWage: 320_000 }))).toEqual({
      reasons: ['受入賃金（月額32万円）が現在の賃金（月額30万円）以上'],
    });
  });

  it('calls a small shortfall on a secondment slight and negotiable', () => {
    expect(explainWage(pairOf({ monthlyWage: 320_000 }, { monthlyWage: 300_000 }))).toEqual({
      gaps: [
        '受入賃金（月額30万円）が現在の賃金（月額32万円）をやや下回る。在籍型出向では賃金負担を協議で調整可能',
      ],
    });
  });

  it('calls a large shortfall on a transfer a plain gap', () => {
    const pair = pairOf(
      { moveType: MoveTypeWanted.TRANSFER, monthlyWage: 320_000 },
      { acceptsSecondment: false, acceptsTransfer: true, monthlyWage: 200_000 },
    );
    expect(explainWage(pair)).toEqual({ gaps: ['受入賃金（月額20万円）が現在の賃金（月額32万円）を下回る'] });
  });

  it('names the side without a wage', () => {
    expect(explainWage(pairOf({ monthlyWage: 300_000 }, { monthlyWage: null }))).toEqual({
      missing: ['賃金（受入側）'],
    });
  });
});
