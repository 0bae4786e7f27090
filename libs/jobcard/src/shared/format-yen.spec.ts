import { formatCount, formatYen } from './format-yen';

describe('formatYen: amounts as the computation text shows them', () => {
  it('groups thousands and appends 円', () => {
    expect(formatYen(91_200)).toBe('91,200円');
    expect(formatYen(1_728_800)).toBe('1,728,800円');
    expect(formatYen(0)).toBe('0円');
    expect(formatYen(760)).toBe('760円');
  });

  it('groups hour counts the same way', () => {
    expect(formatCount(1200)).toBe('1,200');
  });
});
