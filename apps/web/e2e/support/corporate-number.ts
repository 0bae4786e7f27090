/**
 * A 法人番号 with its check digit (国税庁: 9 − Σ(digit × 1 or 2) mod 9 over the 12-digit body, read from the right), or
 * with a wrong one. Tests need numbers the API will accept and refuse; the browser itself never computes this.
 */
export function corporateNumber(body12: string, { valid }: { valid: boolean }): string {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(body12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  const check = 9 - (sum % 9);
  return `${valid ? check : check === 9 ? 1 : check + 1}${body12}`;
}

/** A 12-digit body no other test is likely to use. */
export function randomCorporateBody(): string {
  return `9${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
}
