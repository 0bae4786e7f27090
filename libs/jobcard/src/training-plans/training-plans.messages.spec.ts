import {
  formatMinutes,
  formatPeriodLength,
  formatPermille,
  formatYearsLength,
} from './training-plans.messages';

describe('training-plan message formats', () => {
  it('writes minutes as the seed writes hours', () => {
    expect(formatMinutes(340 * 60)).toBe('340時間');
    expect(formatMinutes(283 * 60 + 20)).toBe('283時間20分');
    expect(formatMinutes(45)).toBe('45分');
    expect(formatMinutes(0)).toBe('0時間');
  });

  it('writes tenths of a percent and period lengths', () => {
    expect(formatPermille(800)).toBe('80.0%');
    expect(formatPermille(94)).toBe('9.4%');
    expect(formatPeriodLength({ months: 2, days: 29 })).toBe('2か月29日');
    expect(formatPeriodLength({ months: 6, days: 0 })).toBe('6か月');
    expect(formatPeriodLength({ months: 0, days: 15 })).toBe('15日');
    expect(formatYearsLength({ months: 36, days: 0 })).toBe('3年');
    expect(formatYearsLength({ months: 35, days: 30 })).toBe('2年11か月30日');
  });
});
