// The history as people read it: each change's field by its Japanese name and both values as text (dates in both
// calendars, yen, %, labels of code lists, names of consultants). A value's text can depend on the case as it was at
// that moment (a wage share is % or yen by the unit recorded beside it), so the entries are replayed oldest first.
import type { FieldChange, JsonValue } from './case-history.entity';
import {
  CASE_HISTORY_FIELDS,
  isCaseHistoryField,
  type CaseFieldSpec,
  type CaseHistoryField,
  type DisplayContext,
} from './case-history-fields';

export interface DisplayedChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** The stored values as JSON (null when absent). */
  beforeJson: string | null;
  afterJson: string | null;
}

/** A field no spec names (none is written today; an old row could hold one): shown as stored, under its key. */
const UNKNOWN: Omit<CaseFieldSpec, 'label'> = {
  show: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
};

function textOf(spec: Omit<CaseFieldSpec, 'label'>, value: JsonValue, context: DisplayContext): string {
  if (value === null || value === undefined) return spec.empty ?? 'なし';
  try {
    return spec.show(value, context);
  } catch {
    // A stored value of an unexpected shape reads as stored rather than failing the whole case view.
    return UNKNOWN.show(value, context);
  }
}

const FORM_ORDER = new Map(Object.keys(CASE_HISTORY_FIELDS).map((field, index) => [field, index]));

/** The changes in the order the forms show the fields (the database keeps a record's keys in its own order). */
function inFormOrder(changes: readonly FieldChange[]): FieldChange[] {
  const rank = (field: string) => FORM_ORDER.get(field) ?? FORM_ORDER.size;
  return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

function json(value: JsonValue): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * The changes of each entry (given oldest first) as displayed: `before` reads in the case as it was before the entry,
 * `after` as it was after it.
 */
export function displayHistory(
  entries: readonly { changes: readonly FieldChange[] }[],
  userName: (id: string) => string,
): DisplayedChange[][] {
  const state = new Map<string, JsonValue>();
  const contextOf = (values: ReadonlyMap<string, JsonValue>): DisplayContext => ({
    valueOf: (field: CaseHistoryField) => values.get(field) ?? null,
    userName,
  });
  return entries.map((entry) => {
    const before = contextOf(new Map(state));
    for (const change of entry.changes) state.set(change.field, change.after);
    const after = contextOf(new Map(state));
    return inFormOrder(entry.changes).map((change) => {
      const spec = isCaseHistoryField(change.field) ? CASE_HISTORY_FIELDS[change.field] : null;
      return {
        field: change.field,
        label: spec?.label ?? change.field,
        before: textOf(spec ?? UNKNOWN, change.before, before),
        after: textOf(spec ?? UNKNOWN, change.after, after),
        beforeJson: json(change.before),
        afterJson: json(change.after),
      };
    });
  });
}

/** The consultants a history names by id, to look their names up once. */
export function userIdsIn(entries: readonly { changes: readonly FieldChange[] }[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      if (change.field !== 'sendingConsultantId' && change.field !== 'receivingConsultantId') continue;
      for (const value of [change.before, change.after]) if (typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}
