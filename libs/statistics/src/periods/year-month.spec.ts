import {
  addMonthsTo,
  fiscalYearEraLabel,
  fiscalYearOf,
  monthEraLabel,
  monthsOfFiscalYear,
  runsLabel,
} from './year-month';

describe('months and fiscal years', () => {
  it('runs a fiscal year from April to March: FY2022 = 2022-04 .. 2023-03', () => {
    const months = monthsOfFiscalYear(2022);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2022-04');
    expect(months[11]).toBe('2023-03');
    expect(fiscalYearOf('2023-03')).toBe(2022);
    expect(fiscalYearOf('2023-04')).toBe(2023);
    expect(addMonthsTo('2023-01', -12)).toBe('2022-01');
    expect(addMonthsTo('2022-12', 1)).toBe('2023-01');
  });

  it('names fiscal years and months in the Japanese era', () => {
    expect(fiscalYearEraLabel(2022)).toBe('令和4年度');
    expect(fiscalYearEraLabel(2019)).toBe('令和元年度');
    expect(fiscalYearEraLabel(2018)).toBe('平成30年度');
    expect(fiscalYearEraLabel(2013)).toBe('平成25年度');
    expect(monthEraLabel('2019-04')).toBe('平成31年4月');
    expect(monthEraLabel('2019-05')).toBe('令和元年5月');
    expect(monthEraLabel('2023-01')).toBe('令和5年1月');
  });

  it('describes months left out as runs', () => {
    expect(runsLabel(['2022-05', '2022-04', '2022-06', '2023-01'])).toBe('2022年4月～2022年6月、2023年1月');
  });
});
