// Agreement dates are calendar dates (YYYY-MM-DD), compared as such: no time zone is involved.

/**
 * A calendar date typed as 2023-02-02, 2023/2/2 or with full-width digits, as YYYY-MM-DD; null when it is not a
 * real date (2023-02-30) or not a date at all.
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

/** In force on `asOf`: signed on or before it, and not yet ended (the end date itself is no longer in force). */
export function inForceOn(agreement: { signedOn: string; endedOn: string | null }, asOf: string): boolean {
  return agreement.signedOn <= asOf && (agreement.endedOn === null || agreement.endedOn > asOf);
}
