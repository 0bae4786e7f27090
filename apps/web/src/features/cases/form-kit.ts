// What every form of the case page shares: the draft on its version, the save with the API's field errors (each at its
// field and in a summary), and a change refused because someone else changed the case first.
import type { TypedDocumentNode } from '@apollo/client';
import type { FieldProblem } from '@kakehashi/web-ui';
import { useState } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useCasePage } from './case-context';
import { localFailure, useCaseCommand } from './use-case-command';
import { useRecordDraft, type RecordDraft } from './use-record-draft';

/** The element id of an input the API names (`input.workers.0.label` → `workers-workers-0-label`). */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/^input\./, '').replace(/\./g, '-')}`;
}

/** The API's problems for a summary, each linked to its field when the form shows one (a conflict has its own alert). */
export function problemsOf(
  failure: ApiErrorInfo | null,
  idOf: (field: string) => string | undefined,
): FieldProblem[] {
  if (!failure || failure.code === 'CONFLICT') return [];
  const problems: FieldProblem[] = failure.fields.map((each) => ({
    fieldId: idOf(each.field),
    message: each.message,
  }));
  if (!problems.length && failure.message) problems.push({ message: failure.message });
  return problems;
}

export type Values = Record<string, unknown>;
type Local = { field: string; message: string };

export interface RecordFormSpec<T extends Values, TData, TVariables extends { input: object }> {
  prefix: string;
  document: TypedDocumentNode<TData, TVariables>;
  /** The record's values as the form edits them, read from a case. */
  read: (kase: CaseDetailFragment) => T;
  /** The input the API takes (without the case and version), or the fields the page itself cannot send. */
  write: (draft: T) => Omit<TVariables['input'], 'caseId' | 'expectedVersion'> | { problems: Local[] };
  /** Ids of fields the API may name beyond the draft's own keys (list rows). */
  idOf?: (field: string) => string | undefined;
}

export interface RecordForm<T extends Values> {
  prefix: string;
  draft: RecordDraft<T>;
  failure: ApiErrorInfo | null;
  saving: boolean;
  savedAt: number | null;
  submit: () => Promise<void>;
  reload: () => Promise<void>;
  errorFor: (key: string) => string | undefined;
  idFor: (key: string) => string;
  problems: FieldProblem[];
}

export function useRecordForm<T extends Values, TData, TVariables extends { input: object }>(
  spec: RecordFormSpec<T, TData, TVariables>,
): RecordForm<T> {
  const { kase, reload } = useCasePage();
  const draft = useRecordDraft(spec.read(kase), kase.version);
  const command = useCaseCommand(document(spec.document));
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const idOf = (field: string) => {
    const key = field.replace(/^input\./, '');
    return key in draft.draft ? fieldId(spec.prefix, field) : spec.idOf?.(field);
  };

  async function submit() {
    setSavedAt(null);
    const input = spec.write(draft.draft);
    if ('problems' in input) {
      command.setFailure(localFailure(input.problems));
      return;
    }
    const saved = await command.run({
      input: { ...input, caseId: kase.id, expectedVersion: draft.version },
    } as unknown as Record<string, unknown>);
    if (saved) {
      draft.saved(spec.read(saved), saved.version);
      setSavedAt(Date.now());
    }
  }

  return {
    prefix: spec.prefix,
    draft,
    failure: command.failure,
    saving: command.running,
    savedAt,
    submit,
    reload: async () => {
      draft.adoptLatest();
      command.setFailure(null);
      await reload();
    },
    errorFor: (key) => fieldMessage(command.failure, `input.${key}`),
    idFor: (key) => fieldId(spec.prefix, `input.${key}`),
    problems: problemsOf(command.failure, idOf),
  };
}

/** The mutation's document with loose variables: the form builds them from its spec. */
function document<TData, TVariables>(
  doc: TypedDocumentNode<TData, TVariables>,
): TypedDocumentNode<TData, Record<string, unknown>> {
  return doc as unknown as TypedDocumentNode<TData, Record<string, unknown>>;
}

export interface CommandForm<TInput> {
  prefix: string;
  /** Sends the input on the case's current version; true when the API accepted it. */
  run: (input: TInput) => Promise<boolean>;
  running: boolean;
  failure: ApiErrorInfo | null;
  fail: (problems: Local[]) => void;
  reload: () => Promise<void>;
  errorFor: (key: string) => string | undefined;
  idFor: (key: string) => string;
  problems: FieldProblem[];
  doneAt: number | null;
}

/**
 * A one-off change of the case (an establishment, a follow-up, a move): typed, sent on the version the page shows,
 * and kept as typed when the API refuses it (a conflict included) so nothing is lost.
 */
export function useCommandForm<TData, TVariables extends { input: object }>(
  prefix: string,
  doc: TypedDocumentNode<TData, TVariables>,
  idOf: (field: string) => string | undefined = (field) => fieldId(prefix, field),
): CommandForm<Omit<TVariables['input'], 'caseId' | 'expectedVersion'>> {
  const { kase, reload } = useCasePage();
  const command = useCaseCommand(document(doc));
  const [doneAt, setDoneAt] = useState<number | null>(null);
  return {
    prefix,
    run: async (input) => {
      setDoneAt(null);
      const saved = await command.run({
        input: { ...input, caseId: kase.id, expectedVersion: kase.version },
      });
      if (saved) setDoneAt(Date.now());
      return saved !== null;
    },
    running: command.running,
    failure: command.failure,
    fail: (problems) => command.setFailure(localFailure(problems)),
    reload: async () => {
      command.setFailure(null);
      await reload();
    },
    errorFor: (key) => fieldMessage(command.failure, `input.${key}`),
    idFor: (key) => fieldId(prefix, `input.${key}`),
    problems: problemsOf(command.failure, idOf),
    doneAt,
  };
}
