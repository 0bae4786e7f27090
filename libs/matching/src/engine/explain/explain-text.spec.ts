import { formatDate, formatMonthlyWage, listJa, side } from './explain-text';

describe('explain wording', () => {
  it('writes wages in 万円 and dates in 年月日', () => {
    expect(formatMonthlyWage(280_000)).toBe('月額28万円');
    expect(formatMonthlyWage(285_000)).toBe('月額28.5万円');
    expect(formatDate('2026-04-01')).toBe('2026年4月1日');
    expect(formatDate('不明')).toBe('不明');
  });

  it('lists with 、 and names the side without data', () => {
    expect(listJa(['倉庫', '運転'])).toBe('倉庫、運転');
    expect([side(true, true), side(true, false), side(false, true)]).toEqual(['双方', '送出側', '受入側']);
  });
});
