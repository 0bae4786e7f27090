import { MoveTypeWanted } from '@kakehashi/offers';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainMoveType } from './move-type.explainer';

describe('explainMoveType', () => {
  it('names the move types the pair can take', () => {
    expect(explainMoveType(pairOf())).toEqual({ reasons: ['在籍型出向として受入可能'] });
    expect(
      explainMoveType(
        pairOf({ moveType: MoveTypeWanted.EITHER }, { acceptsSecondment: true, acceptsTransfer: true }),
      ),
    ).toEqual({ reasons: ['在籍型出向・移籍のいずれでも受入可能'] });
    expect(
      explainMoveType(
        pairOf({ moveType: MoveTypeWanted.EITHER }, { acceptsSecondment: false, acceptsTransfer: true }),
      ),
    ).toEqual({ reasons: ['移籍として受入可能'] });
  });
});
