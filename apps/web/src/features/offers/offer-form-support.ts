// What both offer forms share: the API's field errors placed at their fields, and an edit sent as only what changed.
import type { FieldProblem, TagPickerItem } from '@kakehashi/web-ui';
import type { OfferSkillItemFragment } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';

/** The DOM id of a form field (an ErrorSummary link focuses it). */
export function offerFieldId(name: string): string {
  return `offer-${name}`;
}

/** `input.acceptablePrefectureCodes.2` → `acceptablePrefectureCodes`: a list's item errors belong to the list. */
export function fieldNameOf(path: string): string {
  const parts = path.split('.');
  return parts[0] === 'input' && parts[1] ? parts[1] : path;
}

export interface OfferFormErrors {
  /** The message(s) for one field, joined, or undefined. */
  at: (name: string) => string | undefined;
  /** For the ErrorSummary, in the form's order; problems of no field (or of a field not shown) last. */
  problems: FieldProblem[];
  isConflict: boolean;
}

/** The API's answer to a refused save, arranged for the form (`order`: the fields as they appear on screen). */
export function offerFormErrors(info: ApiErrorInfo | null, order: readonly string[]): OfferFormErrors {
  const byField = new Map<string, string[]>();
  for (const { field, message } of info?.fields ?? []) {
    const name = fieldNameOf(field);
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const problems: FieldProblem[] = [...byField.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, list]) => ({
      fieldId: order.includes(name) ? offerFieldId(name) : undefined,
      message: list.join(' '),
    }));
  const isConflict = info?.code === 'CONFLICT';
  if (info && !problems.length && info.message && !isConflict) problems.push({ message: info.message });
  return { at: (name) => byField.get(name)?.join(' '), problems, isConflict };
}

/**
 * An edit names only the fields the user changed (the API leaves the others as they are), so that what another
 * user changed meanwhile in other fields is never sent back over.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed;
}

/** Text fields: an empty box is "no value" for the API. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An offer's stored skills as picker tags (dictionary entries by id; free text by its label). */
export function skillTags(skills: readonly OfferSkillItemFragment[]): TagPickerItem[] {
  return skills.map((skill) => ({ id: skill.skillId ?? `custom:${skill.label}`, label: skill.label }));
}

/** Tags back to what the API takes: the texts, which it resolves against the dictionary again. */
export function skillTexts(tags: readonly TagPickerItem[]): string[] {
  return tags.map((tag) => tag.label);
}
