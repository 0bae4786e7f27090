import {
  createdAtLabel,
  dateFullLabel,
  eraDateLabel,
  fiscalYearFullLabel,
  fiscalYearsFullLabel,
  moveTypeLabel,
  preliminaryCell,
  safeFileName,
  SOURCE_LABELS,
} from './export-labels';
import { MoveType } from '@kakehashi/offers';
import { StatisticsSource } from '../statistics.types';

describe('export labels', () => {
  it('names fiscal years with their era: 2022年度（令和4年度）, FY2019 is 令和元年度', () => {
    expect(fiscalYearFullLabel(2022)).toBe('2022年度（令和4年度）');
    expect(fiscalYearFullLabel(2019)).toBe('2019年度（令和元年度）');
    expect(fiscalYearFullLabel(2018)).toBe('2018年度（平成30年度）');
    expect(fiscalYearsFullLabel(2013, 2022)).toBe('2013年度～2022年度（平成25年度～令和4年度）');
    expect(fiscalYearsFullLabel(2021, 2021)).toBe('2021年度（令和3年度）');
  });

  it('names days in the era in force that day', () => {
    expect(dateFullLabel('2023-02-02')).toBe('2023年2月2日（令和5年2月2日）');
    expect(eraDateLabel('2019-04-30')).toBe('平成31年4月30日');
    expect(eraDateLabel('2019-05-01')).toBe('令和元年5月1日');
  });

  it('says where a figure comes from and whether it is preliminary', () => {
    expect(SOURCE_LABELS[StatisticsSource.PUBLISHED]).toBe('公表値');
    expect(SOURCE_LABELS[StatisticsSource.LIVE]).toBe('集計値');
    expect(SOURCE_LABELS[StatisticsSource.MIXED]).toBe('公表値・集計値');
    expect(preliminaryCell(true)).toBe('速報値');
    expect(preliminaryCell(false)).toBe('');
    expect(moveTypeLabel(MoveType.SECONDMENT)).toBe('在籍型出向');
    expect(moveTypeLabel(null)).toBe('全形態（在籍型出向・移籍）');
  });

  it('dates the file in Japan time, whatever the server’s zone', () => {
    expect(createdAtLabel(new Date('2026-03-31T15:05:00Z'))).toBe('2026年4月1日 00:05（日本時間）');
  });

  it('keeps file names free of characters Windows refuses', () => {
    expect(safeFileName('月別統計_2022年度_九州・沖縄地方/a:b')).toBe('月別統計_2022年度_九州・沖縄地方_a_b');
  });
});
