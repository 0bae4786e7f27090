/** A form's values, one text per field (lists and yes/no are encoded by the form that owns them). */
export type RecordValues<K extends string> = Record<K, string>;

/** Who made a field differ from the version the user started editing. */
export type ChangedBy = 'you' | 'other' | 'both';

export interface FieldDifference<K extends string> {
  field: K;
  /** What the user typed (not saved). */
  yours: string;
  /** What is stored now (saved by someone else meanwhile). */
  current: string;
  changedBy: ChangedBy;
}

/**
 * What a stale edit would have changed, field by field: every field where the user's form and the stored record now
 * differ, and who moved it away from `base` (the version the user started from). Fields both sides left alone, or
 * changed to the same value, are not listed.
 */
export function conflictDifferences<K extends string>(
  fields: readonly K[],
  base: RecordValues<K>,
  yours: RecordValues<K>,
  current: RecordValues<K>,
): FieldDifference<K>[] {
  return fields
    .filter((field) => yours[field] !== current[field])
    .map((field) => {
      const mine = yours[field] !== base[field];
      const theirs = current[field] !== base[field];
      const changedBy: ChangedBy = mine && theirs ? 'both' : mine ? 'you' : 'other';
      return { field, yours: yours[field], current: current[field], changedBy };
    });
}

/**
 * The user's own changes laid over the current record: fields they changed keep their value, every other field takes
 * what is stored now (so another person's change to a field the user did not touch is kept, not undone).
 */
export function reapplyChanges<K extends string>(
  fields: readonly K[],
  base: RecordValues<K>,
  yours: RecordValues<K>,
  current: RecordValues<K>,
): RecordValues<K> {
  const merged = { ...current };
  for (const field of fields) if (yours[field] !== base[field]) merged[field] = yours[field];
  return merged;
}

/** Only the fields the user changed (an edit sends these, so a field they left alone is never overwritten). */
export function changedValues<K extends string>(
  fields: readonly K[],
  base: RecordValues<K>,
  yours: RecordValues<K>,
): Partial<RecordValues<K>> {
  const changed: Partial<RecordValues<K>> = {};
  for (const field of fields) if (yours[field] !== base[field]) changed[field] = yours[field];
  return changed;
}
