import { daysInStage } from './days-in-stage';

describe('days in stage', () => {
  it('counts calendar days in Japan, whatever the hour', () => {
    // 23:59:59 and 00:00:00 in Tokyo: one day apart.
    expect(daysInStage(new Date('2026-11-20T14:59:59Z'), new Date('2026-11-20T15:00:00Z'))).toBe(1);
    // 00:00 and 23:59 of the same day in Tokyo.
    expect(daysInStage(new Date('2026-11-20T15:00:00Z'), new Date('2026-11-21T14:59:00Z'))).toBe(0);
    expect(daysInStage(new Date('2026-01-31T03:00:00Z'), new Date('2026-03-01T03:00:00Z'))).toBe(29);
    expect(daysInStage(new Date('2025-12-31T20:00:00Z'), new Date('2026-01-01T01:00:00Z'))).toBe(0);
  });

  it('never counts below zero (a clock a little behind the database)', () => {
    expect(daysInStage(new Date('2026-11-22T00:00:00Z'), new Date('2026-11-20T00:00:00Z'))).toBe(0);
  });
});
