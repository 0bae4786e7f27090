/** A count, minutes or yen as the rules accept them: a non-negative safe integer (spec §2.1, exact arithmetic). */
export function isWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
