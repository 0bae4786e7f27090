import type { RuleFinding } from '../../shared/rule-finding';
import { EVALUATION_SHEET_MESSAGES, type EvaluationSheetFindingCode } from '../evaluation-sheets.messages';

/**
 * The form a text is compared in: NFKC (full-width brackets and digits as the PDF prints them or as typed) and no
 * whitespace. A criterion copied from the model sheet then matches however it was pasted; a changed word does not.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

export const sameText = (a: string, b: string): boolean => comparable(a) === comparable(b);

/** Blank: missing, empty or only spaces (a note that says nothing is no note). */
export const isBlank = (text: string | null | undefined): boolean => !text || text.trim() === '';

type MessageArgs<C extends EvaluationSheetFindingCode> = Parameters<
  (typeof EVALUATION_SHEET_MESSAGES)[C]['message']
>;

/** One finding, with the severity, rule, seed and text the messages module gives its code. */
export function sheetFinding<C extends EvaluationSheetFindingCode>(
  code: C,
  field: string | null,
  ...args: MessageArgs<C>
): RuleFinding {
  const text = EVALUATION_SHEET_MESSAGES[code];
  // Each code's message takes that code's arguments; TypeScript cannot see that through the generic index.
  const message = (text.message as (...a: MessageArgs<C>) => string)(...args);
  return { code, severity: text.severity, field, message, rule: text.rule, seed: text.seed };
}

/** How a unit's criteria compare with a reference unit's, by text and regardless of order. */
export interface CriteriaMatch {
  /** Indexes (from 0) of the sheet's criteria that are not in the reference, or repeat one already matched. */
  readonly extra: readonly number[];
  /** Indexes (from 0) of the reference's criteria the sheet lacks. */
  readonly missing: readonly number[];
}

export function matchCriteria(reference: readonly string[], texts: readonly string[]): CriteriaMatch {
  const used = reference.map(() => false);
  const extra: number[] = [];
  texts.forEach((text, index) => {
    const found = reference.findIndex((known, k) => !used[k] && sameText(known, text));
    if (found < 0) extra.push(index);
    else used[found] = true;
  });
  const missing = used.flatMap((isUsed, k) => (isUsed ? [] : [k]));
  return { extra, missing };
}
