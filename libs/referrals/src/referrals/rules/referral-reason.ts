import type { FieldError } from '@kakehashi/graphql-core';
import { typedText } from '@kakehashi/text';

export const REASON_MAX_LENGTH = 1000;
export const NOTE_MAX_LENGTH = 2000;

/**
 * A free text a user must give (a return or withdrawal reason, a note): as typed, trimmed, line breaks kept. Returns the
 * cleaned text, or the problem with the input path `field`.
 */
export function requiredText(
  raw: string | null | undefined,
  field: string,
  what: string,
  max = REASON_MAX_LENGTH,
): { value: string; error: null } | { value: null; error: FieldError } {
  const value = typedText(raw);
  if (!value) return { value: null, error: { field, message: `${what}を入力してください。` } };
  if ([...value].length > max) {
    return { value: null, error: { field, message: `${what}は${max}文字以内で入力してください。` } };
  }
  return { value, error: null };
}

/** An optional free text: null when empty. */
export function optionalText(
  raw: string | null | undefined,
  field: string,
  what: string,
  max = REASON_MAX_LENGTH,
): { value: string | null; error: FieldError | null } {
  const value = typedText(raw);
  if (!value) return { value: null, error: null };
  if ([...value].length > max) {
    return { value: null, error: { field, message: `${what}は${max}文字以内で入力してください。` } };
  }
  return { value, error: null };
}
