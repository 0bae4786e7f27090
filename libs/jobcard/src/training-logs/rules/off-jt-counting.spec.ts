import { clockMinutes } from './clock-time';
import { countedOffJtMinutes } from './off-jt-counting';

// Spec §5.7 R-TR-13: EX-TR-13a..c and the edges of the 45–59-minute band.

const bandMinutes = (from: string, to: string): number =>
  (clockMinutes(to) ?? NaN) - (clockMinutes(from) ?? NaN);

describe('countedOffJtMinutes (R-TR-13)', () => {
  it('EX-TR-13a: six 50-minute units (band 400 min, 100 excluded, 300 attended) count 6 h 00 min', () => {
    const band = bandMinutes('9:00', '15:40');
    const excluded = 4 * 10 + 60;
    expect(band).toBe(400);
    expect(band - excluded).toBe(300);
    expect(countedOffJtMinutes(300, 50)).toBe(360);
  });

  it('EX-TR-13b: three 90-minute sessions count their real 4 h 30 min', () => {
    expect(bandMinutes('9:00', '14:40')).toBe(340);
    expect(countedOffJtMinutes(340 - 70, 90)).toBe(270);
  });

  it('EX-TR-13c: five 40-minute units count 3 h 20 min (no rounding up below 45 minutes)', () => {
    expect(countedOffJtMinutes(200, 40)).toBe(200);
  });

  it('counts units of exactly 45 and 59 minutes as an hour, not 44 or 60', () => {
    expect(countedOffJtMinutes(180, 45)).toBe(240);
    expect(countedOffJtMinutes(118, 59)).toBe(120);
    expect(countedOffJtMinutes(176, 44)).toBe(176);
    expect(countedOffJtMinutes(180, 60)).toBe(180);
  });

  it('counts a part of a unit as its real minutes, and all minutes as they are without a unit time', () => {
    expect(countedOffJtMinutes(320, 50)).toBe(6 * 60 + 20);
    expect(countedOffJtMinutes(300, null)).toBe(300);
  });
});
