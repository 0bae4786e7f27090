// Small checks every case use case shares; each returns a field error (Japanese) or null.
import type { FieldError } from '@kakehashi/graphql-core';
import { isCalendarDay } from '@kakehashi/calendar';

export function dayError(field: string, value: string | null | undefined, label: string): FieldError | null {
  if (value === null || value === undefined || value === '') return null;
  return isCalendarDay(value)
    ? null
    : { field, message: `${label}は YYYY-MM-DD 形式の正しい日付で入力してください。` };
}

export function requiredDayError(
  field: string,
  value: string | null | undefined,
  label: string,
): FieldError | null {
  if (value === null || value === undefined || value === '')
    return { field, message: `${label}を入力してください。` };
  return dayError(field, value, label);
}

export function notAfterTodayError(
  field: string,
  value: string | null | undefined,
  label: string,
  today: string,
): FieldError | null {
  if (!value || !isCalendarDay(value) || value <= today) return null;
  return { field, message: `${label}に未来の日付は入力できません。` };
}

export function textError(
  field: string,
  value: string | null | undefined,
  label: string,
  max: number,
): FieldError | null {
  if (value === null || value === undefined) return null;
  return value.length > max ? { field, message: `${label}は${max}文字以内で入力してください。` } : null;
}

export function requiredTextError(
  field: string,
  value: string | null | undefined,
  label: string,
  max: number,
): FieldError | null {
  if (!value || !value.trim()) return { field, message: `${label}を入力してください。` };
  return textError(field, value, label, max);
}

export function intError(
  field: string,
  value: number | null | undefined,
  label: string,
  min: number,
  max: number,
): FieldError | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= min && value <= max
    ? null
    : { field, message: `${label}は${min}以上${max}以下の整数で入力してください。` };
}

/** Trimmed text, or null when blank. */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function collect(...errors: (FieldError | null)[]): FieldError[] {
  return errors.filter((error): error is FieldError => error !== null);
}
