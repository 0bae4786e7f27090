// A calendar day as people type it in a Japanese office: 2026-12-01, 2026/12/1, ２０２６年１２月１日, 令和8年12月1日.
// The page sends YYYY-MM-DD when it can read the day; otherwise what was typed, for the API to refuse at the field.

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD for a day that can be read, null for blank, and the typed text (trimmed) for anything else. */
export function normalizeDay(typed: string): string | null {
  const plain = typed.normalize('NFKC').replace(/\s/g, '');
  if (plain === '') return null;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(plain);
  if (western) return iso(Number(western[1]), Number(western[2]), Number(western[3])) ?? plain;
  const era = /^(令和|平成|昭和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/.exec(plain);
  if (era) {
    const year = ERAS[era[1]] + (era[2] === '元' ? 1 : Number(era[2]));
    return iso(year, Number(era[3]), Number(era[4])) ?? plain;
  }
  return plain;
}

/** Whether the text is a day the page could read (for the 和暦 read-back under the field). */
export function readableDay(typed: string): string | null {
  const day = normalizeDay(typed);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
