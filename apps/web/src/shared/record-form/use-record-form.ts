import { useState } from 'react';
import { apiErrorOf, type ApiErrorInfo } from '../api-errors';
import type { ConflictWording } from '../conflict-panel';
import {
  conflictDifferences,
  reapplyChanges,
  type FieldDifference,
  type RecordValues,
} from '../record-conflict';
import { recordFormErrors } from './record-form-errors';

/** A record as stored: its values in the form's terms, and the version an edit of it starts from. */
export interface LoadedRecord<K extends string> {
  values: RecordValues<K>;
  version: number;
}

/** An edit as the write receives it: what the user has now, what they started from, and its version. */
export interface RecordEdit<K extends string> {
  values: RecordValues<K>;
  base: RecordValues<K>;
  version: number;
}

/** A record form's words, from its feature's messages.ts. */
export interface RecordFormText {
  cancel: string;
  conflict: ConflictWording & { reapplied: string; discarded: string };
}

export interface RecordConflict<K extends string> {
  differences: FieldDifference<K>[];
  latest: LoadedRecord<K>;
}

/** The refusals that mean "someone saved first" (partners', user accounts' and the dictionary's version checks). */
const STALE_REASONS = new Set(['STALE_VERSION', 'USER_VERSION_CONFLICT']);

export function isStaleEdit(info: ApiErrorInfo): boolean {
  return info.code === 'CONFLICT' && STALE_REASONS.has(info.reason ?? '');
}

/**
 * The state of one record's form: the values, the API's refusal at its fields, and a stale save explained as a
 * conflict (the stored version laid beside the user's input) instead of being lost or silently overwritten.
 */
export function useRecordForm<K extends string>({
  text,
  idPrefix,
  fields,
  initial,
}: {
  text: RecordFormText;
  idPrefix: string;
  fields: readonly K[];
  initial: LoadedRecord<K>;
}) {
  const [editing, setEditing] = useState<RecordEdit<K>>(() => ({
    values: initial.values,
    base: initial.values,
    version: initial.version,
  }));
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [local, setLocal] = useState<Partial<Record<K, string>>>({});
  const [conflict, setConflict] = useState<RecordConflict<K> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const idFor = (field: K) => `${idPrefix}-${field}`;
  const errors = recordFormErrors(fields, idFor, failure, local);

  /**
   * Runs the write; true when the API took it. A refusal lands at its fields; a stale version loads the stored record
   * (`reload`) and shows what differs. `localProblems` are the form's own (checked before anything is sent).
   */
  async function save(
    write: (edit: RecordEdit<K>) => Promise<unknown>,
    options: { reload?: () => Promise<LoadedRecord<K>>; localProblems?: Partial<Record<K, string>> } = {},
  ): Promise<boolean> {
    if (running) return false;
    setNotice(null);
    if (options.localProblems && Object.keys(options.localProblems).length) {
      setFailure(null);
      setLocal(options.localProblems);
      return false;
    }
    setLocal({});
    setRunning(true);
    try {
      await write(editing);
      setFailure(null);
      return true;
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      if (isStaleEdit(info) && options.reload) {
        setFailure(null);
        const latest = await options.reload();
        setConflict({
          latest,
          differences: conflictDifferences(fields, editing.base, editing.values, latest.values),
        });
      } else {
        setFailure(info);
      }
      return false;
    } finally {
      setRunning(false);
    }
  }

  /** After a conflict: the stored version, with the user's own changes laid over it or dropped. Nothing is sent. */
  function resolve(keepMine: boolean) {
    if (!conflict) return;
    const current = conflict.latest.values;
    setEditing({
      base: current,
      version: conflict.latest.version,
      values: keepMine ? reapplyChanges(fields, editing.base, editing.values, current) : current,
    });
    setConflict(null);
    setNotice(keepMine ? text.conflict.reapplied : text.conflict.discarded);
  }

  return {
    text,
    values: editing.values,
    set: (field: K, value: string) =>
      setEditing((current) => ({ ...current, values: { ...current.values, [field]: value } })),
    idFor,
    errorFor: (field: K) => errors.byField[field],
    problems: errors.problems,
    conflict,
    notice,
    running,
    save,
    resolve,
  };
}

export type RecordForm<K extends string> = ReturnType<typeof useRecordForm<K>>;
