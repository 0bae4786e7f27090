// Dates as a Japanese office reads them: the Western year first, the 和暦 in brackets (「2026年12月6日（令和8年）」).
// Presentation only; the API owns what a date means.

const westernDay = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
});
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'Asia/Tokyo',
});
const clock = new Intl.DateTimeFormat('ja-JP', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Tokyo',
});

/** A calendar day `YYYY-MM-DD` is a day in Japan; a date-time is an instant shown in Japan time. */
function toInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  // Noon in Japan: the same calendar day whatever the browser's own time zone.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+09:00`) : new Date(value);
}

/** 「2026年12月6日（令和8年）」 */
export function formatDate(value: string | Date): string {
  const instant = toInstant(value);
  return `${westernDay.format(instant)}（${eraYear.format(instant)}）`;
}

/** 「2026年12月6日（令和8年） 14:05」 */
export function formatDateTime(value: string | Date): string {
  const instant = toInstant(value);
  return `${formatDate(instant)} ${clock.format(instant)}`;
}

/** The fiscal year (April to March) as 「2026年度（令和8年度）」. */
export function formatFiscalYear(fiscalYear: number): string {
  const era = eraYear.format(new Date(`${fiscalYear}-04-01T12:00:00+09:00`));
  return `${fiscalYear}年度（${era}度）`;
}

/** Today in Japan as YYYY-MM-DD (what "due today" means to the user). */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
