// Calendar dates as the domain writes them: YYYY-MM-DD strings for days in Japan (受付日, contract dates, follow-up
// days, agreement dates). Days compare as strings; arithmetic is done in UTC so no time zone or DST can shift a day.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The years a day of the Center's work can fall in (a birth in 1920, a contract ending in 2100). Outside them a typed
 * year is a mistake (0000, 9999), and PostgreSQL refuses year 0 outright.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
const DAY_MS = 86_400_000;

// Made once: building a formatter loads time zone data (hundreds of microseconds and much garbage), and a board asks
// for hundreds of days per request. A formatter holds no state between calls.
const JAPAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' });
const HOUR_MS = 3_600_000;
/** Japan has kept UTC+9 without summer time since 1951; before then (and past year 9999) the time zone data decides. */
const FIXED_OFFSET_FROM = Date.UTC(1952, 0, 1);
const FIXED_OFFSET_UNTIL = Date.UTC(9999, 11, 31);

/** Today's date in Japan, whatever the server's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  const time = now.getTime();
  if (time >= FIXED_OFFSET_FROM && time < FIXED_OFFSET_UNTIL) {
    return new Date(time + 9 * HOUR_MS).toISOString().slice(0, 10);
  }
  return JAPAN_DAY.format(now);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parts(day: string): { y: number; m: number; d: number } {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`not a calendar date (YYYY-MM-DD): ${day}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Whether `value` is a real day written YYYY-MM-DD (2027-02-29 is not) in the years FIRST_YEAR..LAST_YEAR. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return y >= FIRST_YEAR && y <= LAST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * A calendar date typed as 2026-04-01, 2026/4/1 or with full-width digits, as YYYY-MM-DD; null when it is not a
 * real date (2026-02-30) or not a date at all.
 */
export function parseCalendarDate(text: string): string | null {
  const match = text
    .normalize('NFKC')
    .trim()
    .match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (!match) return null;
  const day = format(Number(match[1]), Number(match[2]), Number(match[3]));
  return isCalendarDay(day) ? day : null;
}

/** The same day `months` later (or earlier); the 31st becomes the month's last day (1/31 + 1か月 = 2/28 or 2/29). */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The last day of an n-month period whose first counted day is `first` (民法 第140条・第143条): the day before the day
 * of the n-th following month with `first`'s day number, or that month's last day when it has no such day. A deadline
 * "翌日から起算してnか月以内" after X is `monthsEnd(addDays(X, 1), n)`.
 */
export function monthsEnd(first: string, months: number): string {
  const { y, m, d } = parts(first);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d > daysInMonth(year, month)) return format(year, month, daysInMonth(year, month));
  return addDays(format(year, month, d), -1);
}

export function addDays(day: string, days: number): string {
  const { y, m, d } = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}

/** As Japanese text: 2027年3月31日. */
export function japaneseDate(day: string): string {
  const { y, m, d } = parts(day);
  return `${y}年${m}月${d}日`;
}
