import { pairOf } from '../__tests__/explained-pair.fixture';
import { F_TEXT } from '../pair-scorer';
import { explainText } from './text.explainer';

/** A pair with the given texts and the similarity forced to `value`, to reach each threshold. */
function textPair(sendingText: string, receivingText: string, value: number) {
  const pair = pairOf({ text: sendingText }, { text: receivingText });
  pair.v[F_TEXT] = value;
  return pair;
}

describe('explainText', () => {
  it('calls texts from 0.6 similar, with their shared words', () => {
    expect(explainText(textPair('倉庫内でのピッキング作業', '食品のピッキング・検品', 0.6))).toEqual({
      reasons: ['職務内容・スキルの記述が類似（共通語：ピッキング）'],
    });
    expect(explainText(textPair('経理事務', '帳簿の記帳', 0.7))).toEqual({
      reasons: ['職務内容・スキルの記述が類似'],
    });
  });

  it('names shared words below 0.6, a gap below 0.2, and says nothing in between', () => {
    expect(explainText(textPair('倉庫内でのピッキング作業', '食品のピッキング・検品', 0.3))).toEqual({
      reasons: ['職務内容の共通語：ピッキング'],
    });
    expect(explainText(textPair('経理事務', '帳簿の記帳', 0.1))).toEqual({
      gaps: ['職務内容・スキルの記述に共通点が少ない'],
    });
    expect(explainText(textPair('経理事務', '帳簿の記帳', 0.3))).toEqual({});
  });

  it('names the side without text', () => {
    expect(explainText(pairOf({ text: '' }, { text: '検品' }))).toEqual({
      missing: ['職務内容の類似度（送出側）'],
    });
    expect(explainText(pairOf())).toEqual({ missing: ['職務内容の類似度（双方）'] });
  });
});
