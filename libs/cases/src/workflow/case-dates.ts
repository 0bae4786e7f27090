// Calendar arithmetic on YYYY-MM-DD strings (the dates of contracts and follow-ups are days, not instants).

export function parseDay(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { y, m, d };
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The same day `months` later; the 31st becomes the month's last day (1月31日 + 1か月 = 2月28日/29日). */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parseDay(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(day: string, days: number): string {
  const { y, m, d } = parseDay(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The length of a contract from its first to its last day, in months started: 4/1–翌3/31 is 12, 1/15–7/14 is 6, and
 * 1/15–7/15 (one day more) is 7.
 */
export function contractMonths(startOn: string, endOn: string): number {
  let months = 0;
  while (addDays(addMonths(startOn, months), -1) < endOn) months += 1;
  return months;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { y, m, d } = parseDay(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
