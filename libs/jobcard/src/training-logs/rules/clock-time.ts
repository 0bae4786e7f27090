// Times of day on the logs, H:MM or HH:MM from 0:00 to 23:59 (the forms write 9:00), as minutes after midnight
// (spec §2.1: minutes, exact).

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight, or null when `value` is not H:MM or HH:MM. */
export function clockMinutes(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
