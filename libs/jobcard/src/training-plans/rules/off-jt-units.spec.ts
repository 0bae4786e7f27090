import { hours, offJtRow, ojtRow } from './__fixtures__/plan-builders';
import { curriculumTotals } from './curriculum';
import { attendedMinutes, countedMinutes, validateOffJtUnits } from './off-jt-units';

const sessions = (...slots: [string, string][]) => slots.map(([from, to]) => ({ from, to }));

describe('Off-JT unit time: 45分以上1時間未満の時間を1時間として算定できます (R-TR-13)', () => {
  it('EX-TR-13a: six 50-minute units around breaks and lunch are 300 min attended, counted as 6 h 00 min', () => {
    const day = sessions(
      ['9:00', '9:50'],
      ['10:00', '10:50'],
      ['11:00', '11:50'],
      ['12:50', '13:40'],
      ['13:50', '14:40'],
      ['14:50', '15:40'],
    );
    const attended = attendedMinutes(day);
    // The band 9:00–15:40 is 400 min; 4 breaks of 10 min and 60 min lunch are excluded.
    expect(attended).toBe(400 - (4 * 10 + 60));
    expect(countedMinutes(offJtRow(attended, { unitMinutes: 50 }))).toBe(hours(6));
  });

  it('EX-TR-13b: three 90-minute sessions are 270 min attended and counted as they are, 4 h 30 min', () => {
    const attended = attendedMinutes(sessions(['9:00', '10:30'], ['10:40', '12:10'], ['13:10', '14:40']));
    expect(attended).toBe(340 - 70);
    expect(countedMinutes(offJtRow(attended, { unitMinutes: 90 }))).toBe(hours(4, 30));
  });

  it('EX-TR-13c: five 40-minute units are 200 min, counted 3 h 20 min (not rounded up under 45 minutes)', () => {
    expect(countedMinutes(offJtRow(200, { unitMinutes: 40 }))).toBe(hours(3, 20));
  });

  it.each([
    [45, 4, hours(4)],
    [59, 2, hours(2)],
    [60, 3, hours(3)],
    [44, 4, 4 * 44],
  ])('a %i-minute unit × %i counts %i minutes', (unit, units, counted) => {
    const row = offJtRow(unit * units, { unitMinutes: unit });
    expect(countedMinutes(row)).toBe(counted);
    expect(validateOffJtUnits([row])).toEqual([]);
  });

  it('a 45–59-minute unit that does not divide the minutes is a finding, and the minutes count as they are', () => {
    const row = offJtRow(320, { unitMinutes: 50, name: '安全衛生' });
    expect(countedMinutes(row)).toBe(320);
    const [finding] = validateOffJtUnits([ojtRow(hours(300)), row]);
    expect(finding).toMatchObject({
      code: 'OFF_JT_UNITS_NOT_WHOLE',
      severity: 'ERROR',
      field: 'curriculum.1.minutes',
      rule: 'R-TR-13',
      seed: 'S001:480',
    });
    expect(finding?.message).toContain('カリキュラム2行目「安全衛生」');
    expect(finding?.message).toContain('320分');
    expect(finding?.message).toContain('50分');
  });

  it('applies to Off-JT only: an OJT row with a unit counts its minutes, with a warning', () => {
    const row = ojtRow(300, { unitMinutes: 50 });
    expect(countedMinutes(row)).toBe(300);
    expect(validateOffJtUnits([row])).toEqual([
      expect.objectContaining({
        code: 'UNIT_MINUTES_ON_OJT',
        severity: 'WARNING',
        field: 'curriculum.0.unitMinutes',
      }),
    ]);
  });

  it('refuses a unit that is not a whole number of minutes above zero', () => {
    expect(
      validateOffJtUnits([offJtRow(300, { unitMinutes: 0 }), offJtRow(300, { unitMinutes: 50.5 })]),
    ).toEqual([
      expect.objectContaining({ code: 'UNIT_MINUTES_INVALID', field: 'curriculum.0.unitMinutes' }),
      expect.objectContaining({ code: 'UNIT_MINUTES_INVALID', field: 'curriculum.1.unitMinutes' }),
    ]);
  });

  it('the plan totals count Off-JT units as hours and keep the attended minutes apart', () => {
    const totals = curriculumTotals([ojtRow(hours(340)), offJtRow(300, { unitMinutes: 50 }), offJtRow(270)]);
    expect(totals).toMatchObject({
      ojtMinutes: hours(340),
      offJtMinutes: hours(6) + 270,
      offJtAttendedMinutes: 300 + 270,
      totalMinutes: hours(340) + hours(6) + 270,
      rowMinutes: [hours(340), hours(6), 270],
    });
  });

  it('refuses a session that does not end after it starts', () => {
    expect(() => attendedMinutes(sessions(['10:00', '9:00']))).toThrow(RangeError);
    expect(() => attendedMinutes(sessions(['9:00', '9:75']))).toThrow(RangeError);
  });
});
