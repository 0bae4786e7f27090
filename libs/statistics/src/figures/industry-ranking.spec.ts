import { liveFlowsNote, rankIndustries, sharePercent, summariseFlows } from './industry-ranking';

describe('industry flows', () => {
  it('rounds the cross-industry share half up to one decimal, as published', () => {
    expect(sharePercent(1428, 2413)).toBe(59.2);
    expect(sharePercent(5925, 10000)).toBe(59.3);
    expect(sharePercent(0, 0)).toBeNull();
  });

  it('ranks industries largest first, ties sharing a rank, and leaves out industries netting to nothing', () => {
    const names = new Map([
      ['E', '製造業'],
      ['H', '運輸業，郵便業'],
    ]);
    const ranked = rankIndustries(
      new Map([
        ['H', 5],
        ['E', 5],
        ['I', 9],
        ['N', 0],
      ]),
      names,
    );
    expect(ranked.map((r) => [r.rank, r.jsicCode, r.people])).toEqual([
      [1, 'I', 9],
      [2, 'E', 5],
      [2, 'H', 5],
    ]);
    expect(ranked[1].industryJa).toBe('製造業');
  });

  it('counts people across different major groups over all people established', () => {
    const summary = summariseFlows(
      [
        { sendingJsicCode: 'E', receivingJsicCode: 'E', people: 4 },
        { sendingJsicCode: 'E', receivingJsicCode: 'P', people: 3 },
        { sendingJsicCode: 'H', receivingJsicCode: 'P', people: 3 },
      ],
      new Map(),
    );
    expect(summary).toMatchObject({ totalPeople: 10, crossIndustryPeople: 6, crossIndustryShare: 60 });
    expect(summary.topReceivingIndustries[0]).toMatchObject({ jsicCode: 'P', people: 6 });
  });

  it('leaves a pair netting zero or less out of the matrix, rankings, total and cross-industry people alike', () => {
    const summary = summariseFlows(
      [
        { sendingJsicCode: 'E', receivingJsicCode: 'E', people: -2 },
        { sendingJsicCode: 'E', receivingJsicCode: 'H', people: 3 },
        { sendingJsicCode: 'P', receivingJsicCode: 'P', people: 0 },
      ],
      new Map(),
    );
    expect(summary).toMatchObject({
      totalPeople: 3,
      crossIndustryPeople: 3,
      crossIndustryShare: 100,
      excludedPairs: 1,
      excludedPeople: -2,
    });
    expect(summary.matrix.map((c) => [c.sendingJsicCode, c.receivingJsicCode, c.people])).toEqual([
      ['E', 'H', 3],
    ]);
    expect(summary.topSendingIndustries.map((r) => [r.jsicCode, r.people])).toEqual([['E', 3]]);
    expect(liveFlowsNote(summary, null)).toBe(
      '訂正により差し引き0人以下となった業種の組み合わせ（1組、計-2人）は含めていません。',
    );
  });

  it('says a live period with nobody established is zero, and names the months not yet begun', () => {
    const summary = summariseFlows([], new Map());
    expect(summary).toMatchObject({ totalPeople: 0, crossIndustryShare: null, matrix: [] });
    expect(liveFlowsNote(summary, '2027年1月～2027年3月')).toBe(
      '集計値: この期間に成立した人数はありません（0人）。2027年1月～2027年3月はまだ始まっていません。',
    );
  });
});
