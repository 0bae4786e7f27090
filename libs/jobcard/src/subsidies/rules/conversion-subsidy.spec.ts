import type { CompanySize, ConversionKind, SubsidyRateTable } from '../rate-tables';
import { RATE_TABLE_S001_2015, RATE_TABLE_S003 } from '../rate-tables';
import type { ConversionSubsidyEstimate } from './conversion-subsidy';
import { conversionApplicationWindow } from '../../training-plans/rules/conversion-window';
import { estimateConversionSubsidy } from './conversion-subsidy';

const R: ConversionKind = 'FIXED_TO_REGULAR';
const I: ConversionKind = 'FIXED_TO_INDEFINITE';
const IR: ConversionKind = 'INDEFINITE_TO_REGULAR';

interface Scenario {
  size: CompanySize;
  uplift?: boolean;
  kinds: readonly ConversionKind[];
  already?: number;
  convertedOn?: string;
  applicationOn?: string;
  table?: SubsidyRateTable;
}

/** Converted 2025-04-01, applied 2025-10-15: inside the window 2025-10-01 – 2025-11-30 (EX-TR-D5). */
function estimate(scenario: Scenario): ConversionSubsidyEstimate {
  return estimateConversionSubsidy({
    table: scenario.table ?? RATE_TABLE_S003,
    companySize: scenario.size,
    productivityUplift: scenario.uplift ?? false,
    alreadyAppliedThisFiscalYear: scenario.already ?? 0,
    applicationOn: scenario.applicationOn ?? '2025-10-15',
    conversions: scenario.kinds.map((kind, index) => ({
      name: `社員${index + 1}`,
      kind,
      convertedOn: scenario.convertedOn ?? '2025-04-01',
    })),
  });
}

describe('estimateConversionSubsidy (spec §6.2, seed 003 amounts)', () => {
  it.each([
    ['EX-SB-6a', 'SME', false, [R, R, R, IR], 1_995_000],
    ['EX-SB-6b', 'LARGE', true, [R, R, I], 1_350_000],
    ['EX-SB-6c', 'LARGE', false, [R, I, IR], 855_000],
    ['EX-SB-6d', 'SME', true, [R, I, IR], 1_440_000],
  ] as const)('%s: %s, uplift %s, %j → %i yen', (_id, size, uplift, kinds, total) => {
    const result = estimate({ size, uplift, kinds });
    expect(result.totalYen).toBe(total);
    expect(result.refused).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('EX-SB-6a shows the computation per person and for the total', () => {
    const result = estimate({ size: 'SME', kinds: [R, R, R, IR] });
    expect(result.lines[0].computation).toBe('①有期→正規 1人あたり 570,000円（中小企業）');
    expect(result.lines[3].computation).toBe('③無期→正規 1人あたり 285,000円（中小企業）');
    expect(result.totalComputation).toBe(
      '①有期→正規 570,000円 × 3人 + ③無期→正規 285,000円 × 1人 = 1,995,000円',
    );
  });

  it('EX-SB-6b shows the uplift in the computation', () => {
    const result = estimate({ size: 'LARGE', uplift: true, kinds: [R] });
    expect(result.lines[0].computation).toBe(
      '①有期→正規 1人あたり 540,000円（大企業、生産性の向上が認められる場合）',
    );
  });

  it('EX-SB-6e: 18 already applied in FY2025, 4 × ① on 2026-02-10: 2 paid (1,140,000), 2 refused by name', () => {
    const result = estimate({
      size: 'SME',
      kinds: [R, R, R, R],
      already: 18,
      convertedOn: '2025-07-15',
      applicationOn: '2026-02-10',
    });
    expect(result.fiscalYear).toBe(2025);
    expect(result.totalYen).toBe(1_140_000);
    expect(result.lines.map((line) => line.name)).toEqual(['社員1', '社員2']);
    expect(result.refused.map((person) => [person.name, person.code])).toEqual([
      ['社員3', 'CONVERSION_CAP_EXCEEDED'],
      ['社員4', 'CONVERSION_CAP_EXCEEDED'],
    ]);
    expect(result.refused[0].reason).toBe(
      '①～③合わせて、1年度1事業所当たりの支給申請上限人数は20人までです：' +
        '社員3は2025年度（令和7年度）の21人目のため申請できません',
    );
  });

  it('EX-SB-6f: the same 4 × ① applied for on 2026-04-01 count in FY2026: 2,280,000, none refused', () => {
    const result = estimate({
      size: 'SME',
      kinds: [R, R, R, R],
      already: 0,
      convertedOn: '2025-09-01',
      applicationOn: '2026-04-01',
    });
    expect(result.fiscalYear).toBe(2026);
    expect(result.fiscalYearLabel).toBe('2026年度（令和8年度）');
    expect(result.totalYen).toBe(2_280_000);
    expect(result.refused).toEqual([]);
  });
});

describe('conversion subsidy boundaries', () => {
  it('the 20th person of a fiscal year is paid, the 21st refused', () => {
    const result = estimate({ size: 'SME', kinds: [R, R], already: 19 });
    expect(result.lines.map((line) => line.name)).toEqual(['社員1']);
    expect(result.refused.map((person) => person.name)).toEqual(['社員2']);
    expect(result.findings).toMatchObject([
      { code: 'CONVERSION_CAP_EXCEEDED', field: 'conversions.1', rule: 'R-SB-6', seed: 'S003:40' },
    ]);
    expect(result.refused[0].reason).toContain('21人目');
  });

  it('an application on 31 March counts in the ending fiscal year, on 1 April in the new one', () => {
    // Converted 2025-09-01: the window is 2026-03-01 – 2026-04-30, so both days are inside it.
    const march = estimate({
      size: 'SME',
      kinds: [R, R, R],
      already: 18,
      convertedOn: '2025-09-01',
      applicationOn: '2026-03-31',
    });
    expect(march.fiscalYear).toBe(2025);
    expect(march.refused.map((person) => person.name)).toEqual(['社員3']);
    const april = estimate({
      size: 'SME',
      kinds: [R, R, R],
      already: 0,
      convertedOn: '2025-09-01',
      applicationOn: '2026-04-01',
    });
    expect(april.fiscalYear).toBe(2026);
    expect(april.refused).toEqual([]);
    expect(april.totalYen).toBe(1_710_000);
  });

  it('refuses to estimate when the count already applied for is not a whole number', () => {
    const result = estimate({ size: 'SME', kinds: [R], already: 2.5 });
    expect(result.totalYen).toBe(0);
    expect(result.findings).toMatchObject([
      { code: 'SUBSIDY_FIGURE_NOT_WHOLE_NUMBER', field: 'alreadyAppliedThisFiscalYear' },
    ]);
    expect(result.findings[0].message).toContain('2025年度（令和7年度）の申請済みの人数');
  });

  it('nobody is paid once 20 people were already applied for', () => {
    const result = estimate({ size: 'SME', kinds: [R], already: 20 });
    expect(result.totalYen).toBe(0);
    expect(result.refused[0].reason).toContain('21人目');
  });
});

describe('the application window after conversion (R-TR-22)', () => {
  it.each([
    ['2025-04-01', '2025-10-01', '2025-11-30'],
    ['2025-04-15', '2025-10-15', '2025-12-14'],
    ['2025-08-31', '2026-03-01', '2026-04-30'],
  ])('EX-TR-D5: converted %s → window %s – %s', (convertedOn, from, to) => {
    expect(conversionApplicationWindow(convertedOn)).toEqual({ from, to });
  });

  it.each([
    ['2025-09-30', false],
    ['2025-10-01', true],
    ['2025-11-30', true],
    ['2025-12-01', false],
  ])('converted 2025-04-01, applied on %s: inside the window %s', (applicationOn, inside) => {
    const result = estimate({ size: 'SME', kinds: [R], applicationOn });
    expect(result.totalYen).toBe(inside ? 570_000 : 0);
    expect(result.findings.map((finding) => finding.code)).toEqual(
      inside ? [] : ['CONVERSION_APPLICATION_OUTSIDE_WINDOW'],
    );
  });

  it('names the window in the finding and refuses the person without taking a place under the cap', () => {
    const result = estimateConversionSubsidy({
      table: RATE_TABLE_S003,
      companySize: 'SME',
      productivityUplift: false,
      alreadyAppliedThisFiscalYear: 19,
      applicationOn: '2025-10-15',
      conversions: [
        { name: '早すぎる人', kind: R, convertedOn: '2025-05-01' },
        { name: '期間内の人', kind: R, convertedOn: '2025-04-01' },
      ],
    });
    expect(result.lines.map((line) => line.name)).toEqual(['期間内の人']);
    expect(result.findings[0]).toMatchObject({
      code: 'CONVERSION_APPLICATION_OUTSIDE_WINDOW',
      field: 'conversions.0.convertedOn',
      rule: 'R-TR-22',
      seed: 'S003:35',
    });
    expect(result.refused[0].reason).toBe(
      '転換後6ヶ月が経過してから2ヶ月以内に申請する必要があります：早すぎる人（転換日 2025年5月1日）の' +
        '申請期間は2025年11月1日～2025年12月31日で、申請日2025年10月15日はその外です',
    );
  });
});

describe('conversions under seed 001’s older table (spec §6.3)', () => {
  const s001 = { table: RATE_TABLE_S001_2015, convertedOn: '2015-06-01', applicationOn: '2015-12-15' };

  it('EX-SB-7c: SME, 3 × 有期→正規 + 1 × 無期→正規 → 3 × 500,000 + 300,000 = 1,800,000', () => {
    const result = estimate({ ...s001, size: 'SME', kinds: [R, R, R, IR] });
    expect(result.totalYen).toBe(1_800_000);
    expect(result.findings).toEqual([]);
    expect(result.schemeName).toBe('キャリアアップ助成金（正規雇用等転換コース）');
  });

  it('a 有期→無期 conversion has no amount in seed 001: a finding, not paid', () => {
    const result = estimate({ ...s001, size: 'SME', kinds: [R, I] });
    expect(result.totalYen).toBe(500_000);
    expect(result.findings).toMatchObject([
      { code: 'CONVERSION_KIND_NOT_IN_TABLE', field: 'conversions.1.kind' },
    ]);
    expect(result.refused[0].reason).toContain('「②有期→無期」の支給額がありません');
  });

  it('has no per-establishment cap: 25 people are all paid', () => {
    const result = estimate({
      ...s001,
      size: 'LARGE',
      kinds: Array<ConversionKind>(25).fill(R),
      already: 10,
    });
    expect(result.totalYen).toBe(25 * 400_000);
  });

  it('adds 300,000 for a dispatched worker the client hired directly as regular in 2015-04-10 – 2016-03-31', () => {
    const result = estimateConversionSubsidy({
      table: RATE_TABLE_S001_2015,
      companySize: 'LARGE',
      productivityUplift: false,
      alreadyAppliedThisFiscalYear: 0,
      applicationOn: '2015-12-15',
      conversions: [
        { name: '派遣元から', kind: R, convertedOn: '2015-06-01', dispatchedWorkerHiredByClient: true },
      ],
    });
    expect(result.totalYen).toBe(700_000);
    expect(result.lines[0].computation).toBe(
      '①有期→正規 1人あたり 400,000円（大企業） + 派遣労働者の直接雇用の加算 300,000円 = 700,000円',
    );
  });

  it('warns when the table used is not the one in force on the conversion day', () => {
    const result = estimate({
      size: 'SME',
      kinds: [R],
      convertedOn: '2015-06-01',
      applicationOn: '2015-12-15',
    });
    expect(result.findings).toMatchObject([
      { code: 'CONVERSION_RATE_TABLE_NOT_IN_FORCE', severity: 'WARNING' },
    ]);
    expect(result.findings[0].message).toContain('キャリアアップ助成金（正規雇用等転換コース）');
    expect(result.totalYen).toBe(570_000);
  });
});
