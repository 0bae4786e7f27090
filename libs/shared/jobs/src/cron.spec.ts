import { isValidCron, nextCronTime } from './cron';

describe('nextCronTime', () => {
  it('reads the pattern in the given time zone: 02:00 in Tokyo is 17:00 UTC the day before', () => {
    expect(nextCronTime('0 2 * * *', 'Asia/Tokyo', new Date('2026-11-21T03:00:00Z')).toISOString()).toBe(
      '2026-11-21T17:00:00.000Z',
    );
  });

  it('gives the tick strictly after the given time, never the same one again', () => {
    const tick = new Date('2026-11-21T17:00:00Z');
    expect(nextCronTime('0 2 * * *', 'Asia/Tokyo', tick).toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(
      nextCronTime('* * * * * *', 'Asia/Tokyo', new Date('2026-11-21T00:00:00.400Z')).toISOString(),
    ).toBe('2026-11-21T00:00:01.000Z');
  });

  it('names the pattern it cannot read', () => {
    expect(() => nextCronTime('0 25 * * *', 'Asia/Tokyo', new Date())).toThrow(/Invalid cron schedule "0 25/);
  });
});

describe('isValidCron', () => {
  it('accepts 5 and 6 fields and refuses the rest', () => {
    expect(isValidCron('0 2 * * *')).toBe(true);
    expect(isValidCron('*/10 * * * * *')).toBe(true);
    expect(isValidCron('every night')).toBe(false);
    expect(isValidCron('0 2 * * *', 'Nowhere/Town')).toBe(false);
  });
});
