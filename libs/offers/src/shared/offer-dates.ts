// Dates of offers are calendar dates in Japan (YYYY-MM-DD): 受付日 counts in that Japanese month's statistics.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in Japan, whatever the server's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

/**
 * A calendar date typed as 2026-04-01, 2026/4/1 or with full-width digits, as YYYY-MM-DD; null when it is not a
 * real date (2026-02-30).
 */
export function parseCalendarDate(text: string): string | null {
  const parts = text
    .normalize('NFKC')
    .trim()
    .match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${parts[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The same calendar day `years` later (29 Feb → 28 Feb in a common year). */
export function addYears(isoDate: string, years: number): string {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) throw new Error(`not an ISO date: ${isoDate}`);
  const year = Number(parts[1]) + years;
  const month = Number(parts[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(parts[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${parts[2]}-${String(day).padStart(2, '0')}`;
}
