// Agreement dates are calendar dates (YYYY-MM-DD), compared as such: no time zone is involved.

/** In force on `asOf`: signed on or before it, and not yet ended (the end date itself is no longer in force). */
export function inForceOn(agreement: { signedOn: string; endedOn: string | null }, asOf: string): boolean {
  return agreement.signedOn <= asOf && (agreement.endedOn === null || agreement.endedOn > asOf);
}
