import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainStart } from './start.explainer';

const start = (earliest: string | null, startBy: string | null) =>
  explainStart(pairOf({ earliestStartOn: earliest }, { startBy }));

describe('explainStart', () => {
  it('says the sender is in time, or by how many days late', () => {
    expect(start('2026-04-01', '2026-05-01')).toEqual({
      reasons: ['開始可能日（2026年4月1日）が受入希望時期（2026年5月1日）に間に合う'],
    });
    expect(start('2026-05-11', '2026-05-01')).toEqual({
      gaps: ['開始可能日（2026年5月11日）が受入希望時期（2026年5月1日）より10日遅い'],
    });
  });

  it('names the side without a date', () => {
    expect(start('2026-04-01', null)).toEqual({ missing: ['開始時期（受入側）'] });
    expect(start(null, null)).toEqual({ missing: ['開始時期（双方）'] });
  });
});
