import type { Option } from '@kakehashi/web-ui';
import { normalizeDay } from '../day-input';
import { parseWholeNumber } from '../wage-split';
import { caseMessages } from '../messages';

/** Blank text is "not given" to the API (it clears the field). */
export function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** Options of an enum, in the given order, each with the API's label. */
export function optionsOf(values: readonly string[], labelOf: (value: string) => string): Option[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

/** A typed whole number for the API, or the field's problem when it is not one. */
export function wholeNumber(
  field: string,
  typed: string,
): { value: number | null; problem: { field: string; message: string } | null } {
  const value = parseWholeNumber(typed);
  if (value !== null && Number.isNaN(value)) {
    return { value: null, problem: { field: `input.${field}`, message: caseMessages.form.notAWholeNumber } };
  }
  return { value, problem: null };
}

/** A number as the form shows it again (blank when not given). */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A typed day for the API: YYYY-MM-DD when readable, null when blank, otherwise as typed (the API refuses it). */
export function dayOrNull(typed: string): string | null {
  return normalizeDay(typed);
}
