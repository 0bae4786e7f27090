import { logTotals } from './log-totals';
import type { OffJtReportEntry, OjtDiaryEntry } from './training-log.types';

// Spec §5.14: EX-LOG-b and EX-LOG-d, the totals computed from the entries.

const ojtDay = (day: number, confirmed: boolean): OjtDiaryEntry => {
  const date = `2025-05-${String(day).padStart(2, '0')}`;
  return {
    date,
    from: '9:00',
    to: '17:00',
    attendedMinutes: 7 * 60,
    content: '検査工程',
    reflection: '測定器の扱いに慣れた',
    trainerConfirmedOn: confirmed ? date : null,
  };
};

const offJtDay = (overrides: Partial<OffJtReportEntry> = {}): OffJtReportEntry => ({
  date: '2025-04-08',
  from: '9:00',
  to: '15:40',
  excludedMinutes: 100,
  attendedMinutes: 300,
  unitMinutes: 50,
  content: '安全衛生教育',
  providerCertifiedOn: '2025-04-08',
  ...overrides,
});

describe('logTotals', () => {
  it('EX-LOG-b: 300 attended minutes in 50-minute units are 5 h 00 min attended and 6 h 00 min counted', () => {
    expect(logTotals({ ojt: [], offJt: [offJtDay()] })).toEqual({
      ojtMinutes: 0,
      offJtAttendedMinutes: 300,
      offJtCountedMinutes: 360,
      subsidyOjtMinutes: 0,
      subsidyOffJtMinutes: 360,
    });
  });

  it('EX-LOG-d: 20 confirmed OJT days of 7 h and 3 unconfirmed ones give 140 h for the subsidy, not 161 h', () => {
    const days = [
      ...Array.from({ length: 20 }, (_, i) => ojtDay(i + 1, true)),
      ...[21, 22, 23].map((d) => ojtDay(d, false)),
    ];
    const totals = logTotals({ ojt: days, offJt: [] });
    expect(totals.ojtMinutes).toBe(161 * 60);
    expect(totals.subsidyOjtMinutes).toBe(140 * 60);
  });

  it('counts an uncertified Off-JT day in the plan’s totals but not in the subsidy’s, and each day with its own unit', () => {
    const lectures = offJtDay({
      date: '2025-04-09',
      attendedMinutes: 270,
      unitMinutes: 90,
      providerCertifiedOn: null,
    });
    const totals = logTotals({ ojt: [], offJt: [offJtDay(), lectures] });
    expect(totals.offJtAttendedMinutes).toBe(570);
    expect(totals.offJtCountedMinutes).toBe(360 + 270);
    expect(totals.subsidyOffJtMinutes).toBe(360);
  });
});
