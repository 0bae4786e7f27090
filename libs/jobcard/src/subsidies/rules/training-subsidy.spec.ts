import type { CompanySize, SubsidyRateTable } from '../rate-tables';
import { RATE_TABLE_S001_2015, RATE_TABLE_S003 } from '../rate-tables';
import type { TrainingSubsidyEstimate } from './training-subsidy';
import { estimateTrainingSubsidy } from './training-subsidy';

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

function one(
  size: CompanySize,
  uplift: boolean,
  offJtMinutes: number,
  ojtMinutes: number,
  costBorneYen: number,
  table: SubsidyRateTable = RATE_TABLE_S003,
): TrainingSubsidyEstimate {
  return estimateTrainingSubsidy({
    table,
    companySize: size,
    productivityUplift: uplift,
    trainees: [{ name: '訓練生A', offJtMinutes, ojtMinutes, costBorneYen }],
  });
}

/** [Off-JT wage, Off-JT cost, OJT, trainee total] of the only trainee. */
function amounts(estimate: TrainingSubsidyEstimate): number[] {
  const [trainee] = estimate.trainees;
  return [...trainee.lines.map((line) => line.amountYen), trainee.totalYen];
}

function computation(estimate: TrainingSubsidyEstimate, item: string): string {
  return estimate.trainees[0].lines.find((line) => line.item === item)?.computation ?? '';
}

describe('estimateTrainingSubsidy (spec §6.1, seed 003 amounts)', () => {
  it.each([
    ['EX-SB-1a', 'SME', false, 120, 300, 150_000, [91_200, 150_000, 228_000, 469_200]],
    ['EX-SB-1b', 'SME', true, 120, 300, 150_000, [115_200, 150_000, 288_000, 553_200]],
    ['EX-SB-1c', 'LARGE', false, 120, 300, 150_000, [57_000, 150_000, 199_500, 406_500]],
    ['EX-SB-1d', 'LARGE', true, 120, 300, 150_000, [72_000, 150_000, 252_000, 474_000]],
    ['EX-SB-2a', 'SME', false, 85, 340, 80_000, [64_600, 80_000, 258_400, 403_000]],
    ['EX-SB-2b', 'SME', true, 85, 340, 80_000, [81_600, 80_000, 326_400, 488_000]],
    ['EX-SB-2c', 'LARGE', false, 85, 340, 120_000, [40_375, 70_000, 226_100, 336_475]],
    ['EX-SB-2d', 'LARGE', true, 85, 340, 120_000, [51_000, 70_000, 285_600, 406_600]],
    ['EX-SB-3a', 'SME', false, 1250, 700, 500_000, [912_000, 300_000, 516_800, 1_728_800]],
    ['EX-SB-3b', 'LARGE', false, 1250, 700, 500_000, [570_000, 200_000, 452_200, 1_222_200]],
    ['EX-SB-4a', 'SME', false, 99, 300, 250_000, [75_240, 100_000, 228_000, 403_240]],
    ['EX-SB-4b', 'SME', false, 100, 300, 250_000, [76_000, 200_000, 228_000, 504_000]],
    ['EX-SB-4c', 'SME', false, 199, 300, 250_000, [151_240, 200_000, 228_000, 579_240]],
    ['EX-SB-4d', 'SME', false, 200, 300, 250_000, [152_000, 250_000, 228_000, 630_000]],
  ] as const)(
    '%s: %s, uplift %s, Off-JT %i h, OJT %i h, cost %i yen → wage, cost, OJT, total %j',
    (_id, size, uplift, offJtHours, ojtHours, cost, expected) => {
      const estimate = one(size, uplift, h(offJtHours), h(ojtHours), cost);
      expect(amounts(estimate)).toEqual(expected);
      expect(estimate.totalYen).toBe(expected[3]);
      expect(estimate.findings).toEqual([]);
    },
  );

  it('EX-SB-4e: Off-JT 99 h 30 min is paid as 99 h and stays in the under-100-hour bracket', () => {
    const estimate = one('SME', false, h(99, 30), h(300), 250_000);
    expect(amounts(estimate)).toEqual([75_240, 100_000, 228_000, 403_240]);
    expect(estimate.trainees[0].offJtHours).toBe(99);
    expect(computation(estimate, 'OFF_JT_WAGE')).toBe(
      '760円 × 99時間 = 75,240円（99時間30分の1時間未満は切り捨て）',
    );
  });

  it('EX-SB-5: two trainees on one course, SME, no uplift: 403,000 + 368,800 = 771,800 for the company', () => {
    const estimate = estimateTrainingSubsidy({
      table: RATE_TABLE_S003,
      companySize: 'SME',
      productivityUplift: false,
      trainees: [
        { name: '訓練生1', offJtMinutes: h(85), ojtMinutes: h(340), costBorneYen: 80_000 },
        { name: '訓練生2', offJtMinutes: h(80), ojtMinutes: h(300), costBorneYen: 80_000 },
      ],
    });
    expect(estimate.trainees.map((trainee) => trainee.totalYen)).toEqual([403_000, 368_800]);
    expect(estimate.trainees[1].lines.map((line) => line.amountYen)).toEqual([60_800, 80_000, 228_000]);
    expect(estimate.totalYen).toBe(771_800);
    expect(estimate.totalComputation).toBe('403,000円 + 368,800円 = 771,800円');
  });

  it('shows each amount’s computation as users read it (EX-SB-1a)', () => {
    const estimate = one('SME', false, h(120), h(300), 150_000);
    expect(computation(estimate, 'OFF_JT_WAGE')).toBe('760円 × 120時間 = 91,200円');
    expect(computation(estimate, 'OFF_JT_COST')).toBe(
      '実費 150,000円と上限 200,000円（Off-JT 100時間以上200時間未満）の少ない方 = 150,000円',
    );
    expect(computation(estimate, 'OJT')).toBe('760円 × 300時間 = 228,000円');
    expect(estimate.trainees[0].lines.map((line) => line.label)).toEqual([
      'Off-JT 賃金助成',
      'Off-JT 経費助成',
      'OJT 実施助成',
    ]);
    expect(estimate.trainees[0].totalComputation).toBe('91,200円 + 150,000円 + 228,000円 = 469,200円');
    expect(estimate.schemeName).toBe('人材開発支援助成金 特別育成訓練コース');
  });

  it('notes the cost subsidy’s increase after conversion without computing it (S003:32)', () => {
    const estimate = one('SME', false, h(120), h(300), 150_000);
    const note = estimate.notes.find((candidate) => candidate.seed === 'S003:32');
    expect(note?.text).toContain('経費助成の増額');
    expect(estimate.totalYen).toBe(469_200);
  });
});

describe('training subsidy boundaries', () => {
  it('99 h 59 min of Off-JT is still under 100 hours: bracket 100,000, not 200,000', () => {
    const estimate = one('SME', false, h(99, 59), h(300), 250_000);
    expect(amounts(estimate).slice(0, 2)).toEqual([75_240, 100_000]);
  });

  it('large company brackets: 99 h → 70,000, 100 h → 150,000, 199 h → 150,000, 200 h → 200,000', () => {
    const costAt = (hours: number): number => amounts(one('LARGE', false, h(hours), h(300), 500_000))[1];
    expect([99, 100, 199, 200].map(costAt)).toEqual([70_000, 150_000, 150_000, 200_000]);
  });

  it('exactly 1,200 Off-JT hours are paid in full, without a cap remark', () => {
    const estimate = one('SME', false, h(1200), h(300), 0);
    expect(amounts(estimate)[0]).toBe(912_000);
    expect(computation(estimate, 'OFF_JT_WAGE')).toBe('760円 × 1,200時間 = 912,000円');
    expect(estimate.trainees[0].lines[0].capped).toBe(false);
  });

  it('1,201 Off-JT hours are paid for 1,200 and the computation names the cap', () => {
    const estimate = one('SME', false, h(1201), h(300), 0);
    expect(amounts(estimate)[0]).toBe(912_000);
    expect(computation(estimate, 'OFF_JT_WAGE')).toBe(
      '760円 × 1,200時間 = 912,000円（実績 1,201時間、上限 1,200時間）',
    );
    expect(estimate.trainees[0].lines[0].capped).toBe(true);
  });

  it('1,200 h 30 min of Off-JT are 1,200 whole hours: the dropped minutes are said, not the cap', () => {
    const estimate = one('SME', false, h(1200, 30), h(300), 0);
    expect(amounts(estimate)[0]).toBe(912_000);
    expect(computation(estimate, 'OFF_JT_WAGE')).toBe(
      '760円 × 1,200時間 = 912,000円（1,200時間30分の1時間未満は切り捨て）',
    );
  });

  it('680 OJT hours are paid in full; 681 are paid for 680 with 上限 680時間 shown', () => {
    expect(amounts(one('SME', false, h(120), h(680), 0))[2]).toBe(516_800);
    const capped = one('SME', false, h(120), h(681), 0);
    expect(amounts(capped)[2]).toBe(516_800);
    expect(computation(capped, 'OJT')).toContain('上限 680時間');
  });

  it('cost borne 0 gives no cost subsidy whatever the bracket', () => {
    const estimate = one('SME', false, h(250), h(300), 0);
    expect(amounts(estimate)[1]).toBe(0);
    expect(computation(estimate, 'OFF_JT_COST')).toBe(
      '実費 0円と上限 300,000円（Off-JT 200時間以上）の少ない方 = 0円',
    );
  });

  it('refuses a trainee whose figures are not whole non-negative numbers and estimates the others', () => {
    const estimate = estimateTrainingSubsidy({
      table: RATE_TABLE_S003,
      companySize: 'SME',
      productivityUplift: false,
      trainees: [
        { name: '訓練生1', offJtMinutes: h(120), ojtMinutes: h(300), costBorneYen: 150_000 },
        { name: '訓練生2', offJtMinutes: -60, ojtMinutes: h(300), costBorneYen: 150_000 },
      ],
    });
    expect(estimate.trainees.map((trainee) => trainee.name)).toEqual(['訓練生1']);
    expect(estimate.totalYen).toBe(469_200);
    expect(estimate.findings).toMatchObject([
      { code: 'SUBSIDY_FIGURE_NOT_WHOLE_NUMBER', field: 'trainees.1.offJtMinutes', severity: 'ERROR' },
    ]);
    expect(estimate.findings[0].message).toContain('訓練生2');
  });
});

describe('seed 001’s older table (spec §6.3)', () => {
  it('EX-SB-7a: SME, Off-JT 120 h, OJT 300 h, cost 150,000 → 96,000 + 150,000 + 240,000 = 486,000', () => {
    const estimate = one('SME', false, h(120), h(300), 150_000, RATE_TABLE_S001_2015);
    expect(amounts(estimate)).toEqual([96_000, 150_000, 240_000, 486_000]);
    expect(estimate.schemeName).toBe('キャリアアップ助成金（人材育成コース）');
    expect(estimate.notes.some((note) => note.seed === 'S003:32')).toBe(false);
  });

  it('EX-SB-7b: non-SME, the same figures → 60,000 + 150,000 + 210,000 = 420,000', () => {
    const estimate = one('LARGE', false, h(120), h(300), 150_000, RATE_TABLE_S001_2015);
    expect(amounts(estimate)).toEqual([60_000, 150_000, 210_000, 420_000]);
  });

  it('asking for the productivity uplift on a table without one gives the base amounts, with a note', () => {
    const estimate = one('SME', true, h(120), h(300), 150_000, RATE_TABLE_S001_2015);
    expect(estimate.totalYen).toBe(486_000);
    expect(estimate.notes.map((note) => note.text).join()).toContain('割増のない金額で試算');
  });
});
