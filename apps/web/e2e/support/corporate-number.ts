// Test data: the browser tests type numbers the API must accept or refuse; the rule itself lives in the API.

/** 法人番号 with its check digit (国税庁: 9 − Σ(digit × 1 or 2) mod 9 over the 12-digit body, read from the right). */
export function corporateNumber(body12: string, { valid }: { valid: boolean }): string {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(body12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  const check = 9 - (sum % 9);
  return `${valid ? check : check === 9 ? 1 : check + 1}${body12}`;
}
