import {
  changedFields,
  COMPANY_FIELDS,
  type CompanyField,
  type CompanyFormValues,
} from './company-form-values';

/** Who made a field differ from the version the user started editing. */
export type ChangedBy = 'you' | 'other' | 'both';

export interface FieldDifference {
  field: CompanyField;
  /** What the user typed (not saved). */
  yours: string;
  /** What is stored now (saved by someone else meanwhile). */
  current: string;
  changedBy: ChangedBy;
}

/**
 * What a stale edit would have changed, field by field: every field where the user's form and the stored company
 * now differ, and who moved it away from `base` (the version the user started from). Fields both sides left alone,
 * or changed to the same value, are not listed.
 */
export function conflictDifferences(
  base: CompanyFormValues,
  yours: CompanyFormValues,
  current: CompanyFormValues,
): FieldDifference[] {
  return COMPANY_FIELDS.filter((field) => yours[field] !== current[field]).map((field) => {
    const mine = yours[field] !== base[field];
    const theirs = current[field] !== base[field];
    const changedBy: ChangedBy = mine && theirs ? 'both' : mine ? 'you' : 'other';
    return { field, yours: yours[field], current: current[field], changedBy };
  });
}

/**
 * The user's own changes laid over the current company: fields they changed keep their value, every other field
 * takes what is stored now (so another person's change to a field the user did not touch is kept, not undone).
 */
export function reapplyChanges(
  base: CompanyFormValues,
  yours: CompanyFormValues,
  current: CompanyFormValues,
): CompanyFormValues {
  const merged = { ...current };
  for (const field of changedFields(base, yours)) merged[field] = yours[field];
  return merged;
}
