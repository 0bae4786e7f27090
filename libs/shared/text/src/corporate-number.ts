// 法人番号 (corporate number): 13 digits, the first being a check digit over the other 12
// (国税庁「法人番号の指定を受けた者に係る法人番号の構成」). Validating it catches typos before they reach matching.

export type CorporateNumberProblem = 'FORMAT' | 'CHECK_DIGIT';

/** Japanese field errors shown by the API for each problem. */
export const CORPORATE_NUMBER_MESSAGES: Readonly<Record<CorporateNumberProblem, string>> = {
  FORMAT: '法人番号は13桁の数字で入力してください',
  CHECK_DIGIT: '法人番号のチェックデジットが正しくありません',
};

/**
 * NFKC (full-width digits) and strips spaces and hyphens, including ー which Japanese IMEs often produce for a
 * hyphen. Does not validate.
 */
export function normalizeCorporateNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212\u30FC]/g, '');
}

/**
 * check = 9 − (Σ P_n × Q_n mod 9), P_n the n-th digit from the right of the 12-digit body,
 * Q_n = 1 for odd n and 2 for even n.
 */
export function corporateNumberCheckDigit(body12: string): number {
  if (!/^[0-9]{12}$/.test(body12)) {
    throw new Error(`corporate number body must be exactly 12 digits, got "${body12}"`);
  }
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = body12.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Why a corporate number is invalid, or null if it is valid. */
export function corporateNumberProblem(input: string): CorporateNumberProblem | null {
  const digits = normalizeCorporateNumber(input);
  if (!/^[0-9]{13}$/.test(digits)) {
    return 'FORMAT';
  }
  return Number(digits[0]) === corporateNumberCheckDigit(digits.slice(1)) ? null : 'CHECK_DIGIT';
}

export function isValidCorporateNumber(input: string): boolean {
  return corporateNumberProblem(input) === null;
}
