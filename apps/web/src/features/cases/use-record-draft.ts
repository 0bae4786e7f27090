import { useState } from 'react';

// One stage record being edited while others may edit the same case. The draft is based on the case version it was
// read from, and a save sends that version: a stale one is refused by the API (CONFLICT), never silently applied.
// A newer version of the case that leaves this record as it was only moves the base forward (another form of the same
// page, or a colleague's change elsewhere in the case, overwrites nothing here). One that changed this record keeps
// the draft stale until the user asks for the latest: then what the user typed stays, what the other person changed
// and the user did not is taken in, and every field the other person changed is named (those the user also changed
// first of all: saving again puts the user's value over theirs, knowingly).

type Values = Record<string, unknown>;

interface DraftState<T extends Values> {
  base: T;
  version: number;
  draft: T;
  /** Fields someone else changed, shown after the user loaded the latest record; null when there is nothing to say. */
  othersChanged: OthersChange<T>[] | null;
  adoptLatest: boolean;
}

export interface OthersChange<T> {
  key: keyof T;
  /** The user had changed it too: their value is kept, and a save puts it over the other person's. */
  mine: boolean;
}

export interface RecordDraft<T extends Values> {
  draft: T;
  /** The record as last read or saved (after adopting the latest: the other person's values). */
  base: T;
  /** The case version the draft is based on: the save's expectedVersion. */
  version: number;
  dirty: boolean;
  othersChanged: OthersChange<T>[] | null;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** After this form's own save: what the API returned is the new base. */
  saved: (record: T, version: number) => void;
  /** The user asked for the latest case (after a CONFLICT): adopt it when it arrives, keeping the draft. */
  adoptLatest: () => void;
  /** Drop the draft and take the latest record. */
  discard: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedKeys<T extends Values>(before: T, after: T): (keyof T)[] {
  return Object.keys({ ...before, ...after }).filter((key) => !same(before[key], after[key]));
}

/** The user's draft on top of the latest record: their changes kept, the other person's taken in where they differ. */
function merged<T extends Values>(
  state: DraftState<T>,
  server: T,
): Pick<DraftState<T>, 'draft' | 'othersChanged'> {
  const theirs = changedKeys(state.base, server);
  const mine = new Set(changedKeys(state.base, state.draft));
  const draft = { ...state.draft };
  for (const key of theirs) if (!mine.has(key)) draft[key] = server[key];
  return {
    draft,
    othersChanged: theirs
      .map((key) => ({ key, mine: mine.has(key) }))
      .sort((a, b) => Number(b.mine) - Number(a.mine)),
  };
}

/** The next state when the case arrives at a new version, or null to keep the current one. */
function follow<T extends Values>(state: DraftState<T>, server: T, version: number): DraftState<T> | null {
  if (version === state.version) return null;
  const fresh = { base: server, version, draft: server, othersChanged: null, adoptLatest: false };
  if (same(state.draft, state.base)) return same(state.base, server) ? { ...state, version } : fresh;
  if (same(state.base, server)) return { ...state, version };
  if (!state.adoptLatest) return null;
  return { base: server, version, ...merged(state, server), adoptLatest: false };
}

export function useRecordDraft<T extends Values>(server: T, serverVersion: number): RecordDraft<T> {
  const [state, setState] = useState<DraftState<T>>(() => ({
    base: server,
    version: serverVersion,
    draft: server,
    othersChanged: null,
    adoptLatest: false,
  }));
  // Adjusting state while rendering (React's pattern for state derived from props): no effect, no stale frame.
  const next = follow(state, server, serverVersion);
  if (next) setState(next);
  const current = next ?? state;
  return {
    draft: current.draft,
    base: current.base,
    version: current.version,
    dirty: !same(current.draft, current.base),
    othersChanged: current.othersChanged,
    set: (key, value) => setState((s) => ({ ...s, draft: { ...s.draft, [key]: value } })),
    saved: (record, version) =>
      setState({ base: record, version, draft: record, othersChanged: null, adoptLatest: false }),
    adoptLatest: () => setState((s) => ({ ...s, adoptLatest: true })),
    discard: () =>
      setState({
        base: server,
        version: serverVersion,
        draft: server,
        othersChanged: null,
        adoptLatest: false,
      }),
  };
}
