// The field-level difference a history entry stores: top-level columns by name, and the stage records (jsonb) one
// level down ("contract.endOn"), so that "who changed the end date" is answered without comparing whole documents.

import type { FieldChange, JsonValue } from './case-history.entity';
import { CASE_STAGE_RECORDS } from './case-history-fields';

const NESTED = new Set<string>(CASE_STAGE_RECORDS);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Values as they are stored in jsonb (dates as ISO strings). */
function plain(value: unknown): JsonValue {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

export function fieldChanges(before: object, patch: object): FieldChange[] {
  const changes: FieldChange[] = [];
  const old = before as Record<string, unknown>;
  for (const [field, after] of Object.entries(patch)) {
    const previous = old[field];
    if (NESTED.has(field) && (isRecord(previous) || isRecord(after))) {
      const a = isRecord(previous) ? previous : {};
      const b = isRecord(after) ? after : {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!same(a[key], b[key]))
          changes.push({ field: `${field}.${key}`, before: plain(a[key]), after: plain(b[key]) });
      }
    } else if (!same(plain(previous), plain(after))) {
      changes.push({ field, before: plain(previous), after: plain(after) });
    }
  }
  return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
