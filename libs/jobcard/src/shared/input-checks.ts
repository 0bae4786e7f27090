// What the Job Card's services refuse before any rule runs: input no rule can read (a text beyond its column, a list
// beyond reason, a day that is not a day where a rule needs one). Collected, then refused at once, field by field.
import { isCalendarDay } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { JobcardException } from '../jobcard.exception';

export class InputChecks {
  readonly errors: FieldError[] = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** Refuses the input when anything was found. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw JobcardException.invalidInput(this.errors);
  }

  /** The text trimmed of surrounding spaces; an error when it is longer than `max`. */
  text(field: string, value: string, label: string, max: number): string {
    const text = value.trim();
    if (text.length > max) this.add(field, `${label}は${max}文字以内で入力してください。`);
    return text;
  }

  /** As text(), null for null, undefined or blank. */
  optionalText(field: string, value: string | null | undefined, label: string, max: number): string | null {
    if (value === null || value === undefined) return null;
    const text = this.text(field, value, label, max);
    return text === '' ? null : text;
  }

  list<T>(field: string, values: readonly T[] | null | undefined, label: string, max: number): readonly T[] {
    const list = values ?? [];
    if (list.length > max) this.add(field, `${label}は${max}件以内で入力してください。`);
    return list;
  }

  /** A day the rules need as a real YYYY-MM-DD day. */
  day(field: string, value: string, label: string): string {
    const day = value.trim();
    if (!isCalendarDay(day)) this.add(field, `${label}は日付（例: 2025-04-01）で入力してください。`);
    return day;
  }

  optionalDay(field: string, value: string | null | undefined, label: string): string | null {
    if (value === null || value === undefined || value.trim() === '') return null;
    return this.day(field, value, label);
  }

  /** A whole number of at least `least` (GraphQL's Int already refused fractions). */
  atLeast(field: string, value: number, label: string, least: number): number {
    if (!Number.isSafeInteger(value) || value < least)
      this.add(field, `${label}は${least}以上の整数で入力してください。`);
    return value;
  }
}
