import { conversionApplicationWindow, validateConversionApplication } from './conversion-window';

describe('conversion subsidy window: 転換後6ヶ月が経過し申請手続き(2ヶ月以内) (R-TR-22)', () => {
  it.each([
    ['2025-04-01', '2025-10-01', '2025-11-30'],
    ['2025-04-15', '2025-10-15', '2025-12-14'],
    ['2025-08-31', '2026-03-01', '2026-04-30'],
  ])('EX-TR-D5: converted %s, apply from %s to %s', (convertedOn, from, to) => {
    expect(conversionApplicationWindow(convertedOn)).toEqual({ from, to });
  });

  it('an application outside the window is an error naming the window; its first and last days pass', () => {
    expect(validateConversionApplication('2025-04-01', '2025-10-01')).toEqual([]);
    expect(validateConversionApplication('2025-04-01', '2025-11-30')).toEqual([]);
    const [early] = validateConversionApplication('2025-04-01', '2025-09-30');
    expect(early).toMatchObject({
      code: 'CONVERSION_APPLICATION_OUTSIDE_WINDOW',
      severity: 'ERROR',
      field: 'appliedOn',
      rule: 'R-TR-22',
      seed: 'S003:35',
    });
    expect(early?.message).toContain('申請期間 2025年10月1日～2025年11月30日');
    expect(validateConversionApplication('2025-04-01', '2025-12-01', 'conversion.appliedOn')).toEqual([
      expect.objectContaining({ field: 'conversion.appliedOn' }),
    ]);
  });
});
