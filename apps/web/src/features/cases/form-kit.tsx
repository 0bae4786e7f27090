// What every stage record form of the case page shares: the draft on its version, the save with the API's field
// errors at each field and in a summary (focus on the first), and the conflict with another person's change.
import type { TypedDocumentNode } from '@apollo/client';
import { Button, ErrorSummary, formatDate, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { CaseDetailFragment } from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { useCasePage } from './case-context';
import { readableDay } from './day-input';
import { caseMessages } from './messages';
import { localFailure, useCaseCommand } from './use-case-command';
import { useRecordDraft, type RecordDraft } from './use-record-draft';

const text = caseMessages;

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

type Values = Record<string, unknown>;
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

/** Told at once that someone else changed the case first; focus goes to the way out (loading the latest). */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector('button')?.focus(), []);
  return (
    <div ref={box} role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4">
      <p className="font-bold text-error-1">{text.conflict.title}</p>
      <p className="mt-1">{text.conflict.body}</p>
      <Button variant="secondary" className="mt-3" onPress={onReload}>
        {text.conflict.reload}
      </Button>
    </div>
  );
}

/** After loading the latest: who changed the case last, and what they changed in this record. */
function OthersChanged<T extends Values>({
  form,
  labels,
  show,
}: {
  form: RecordForm<T>;
  labels: Record<keyof T, string>;
  show: (key: keyof T, value: T[keyof T]) => string;
}) {
  const { kase } = useCasePage();
  const changed = form.draft.othersChanged;
  if (!changed) return null;
  const who = kase.history.at(-1)?.actorName ?? null;
  return (
    <div role="status" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
      <p className="font-bold">{text.conflict.reloaded(who)}</p>
      {changed.length ? (
        <>
          <p className="mt-2 font-bold">{text.conflict.changedHeading}</p>
          <ul className="mt-1 list-disc pl-6">
            {changed.map(({ key, mine }) => (
              <li key={String(key)}>
                {(mine ? text.conflict.kept : text.conflict.taken)(
                  labels[key],
                  show(key, form.draft.base[key]),
                )}
              </li>
            ))}
          </ul>
          <p className="mt-2">{text.conflict.reapplyHint}</p>
        </>
      ) : (
        <p className="mt-1">{text.conflict.noneChanged}</p>
      )}
      <Button variant="quiet" className="mt-2" onPress={() => form.draft.discard()}>
        {text.conflict.discard}
      </Button>
    </div>
  );
}

/** The frame of every form of the page: its heading, the API's verdict, the fields and the submit button. */
export function FormFrame({
  prefix,
  heading,
  failure,
  problems,
  onReload,
  notice,
  done,
  running,
  failedTitle = text.form.failed,
  submitLabel = text.form.save,
  onSubmit,
  headingLevel = 3,
  children,
}: {
  prefix: string;
  heading: string;
  failure: ApiErrorInfo | null;
  problems: FieldProblem[];
  onReload: () => void;
  notice?: ReactNode;
  /** The confirmation after a success, announced. */
  done: string | null;
  running: boolean;
  failedTitle?: string;
  submitLabel?: string;
  onSubmit: () => void;
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  const { closed } = useCasePage();
  const headingId = `${prefix}-heading`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Not React Aria's isPending: its announcement points at the button, which a success often removes (the stage
    // moves on), leaving a nameless live-region entry behind. A second press while saving is simply ignored.
    if (!running) onSubmit();
  }
  return (
    <section aria-labelledby={headingId} className="rounded-16 bg-white p-6 shadow-sm">
      <Heading id={headingId} className="mb-4 text-lg font-bold">
        {heading}
      </Heading>
      <div className="mb-4 flex flex-col gap-3 empty:hidden">
        {failure?.code === 'CONFLICT' ? <ConflictNotice onReload={onReload} /> : null}
        {notice}
        <ErrorSummary title={failedTitle} problems={problems} />
      </div>
      <p role="status" className="mb-2 font-bold text-green-1100 empty:hidden">
        {done ?? ''}
      </p>
      <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-4">
        <fieldset disabled={closed} className="flex min-w-0 flex-col gap-4">
          {children}
        </fieldset>
        {closed ? null : (
          <div>
            <Button type="submit">{submitLabel}</Button>
          </div>
        )}
      </Form>
    </section>
  );
}

/** A stage record's form: the frame, with what someone else changed once the latest was loaded. */
export function RecordFormFrame<T extends Values>({
  form,
  heading,
  labels,
  show,
  children,
}: {
  form: RecordForm<T>;
  heading: string;
  labels: Record<keyof T, string>;
  show: (key: keyof T, value: T[keyof T]) => string;
  children: ReactNode;
}) {
  return (
    <FormFrame
      prefix={form.prefix}
      heading={heading}
      failure={form.failure}
      problems={form.problems}
      onReload={() => void form.reload()}
      notice={<OthersChanged form={form} labels={labels} show={show} />}
      done={form.savedAt ? text.form.saved : null}
      running={form.saving}
      onSubmit={() => void form.submit()}
    >
      {children}
    </FormFrame>
  );
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, typed (2026-12-01, 2026/12/1, 令和8年12月1日 and full-width digits all read) and read back with its
 * 和暦 so the year is never in doubt. A text input rather than the browser's date input: its order of year, month and
 * day follows the browser's own language, not the page's, and typing into it is not the same everywhere.
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  errorMessage,
  isRequired,
  description,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  isRequired?: boolean;
  description?: string;
}) {
  const day = readableDay(value);
  return (
    <TextField
      id={id}
      label={label}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={onChange}
      onBlur={() => {
        if (day && day !== value) onChange(day);
      }}
      errorMessage={errorMessage}
      isRequired={isRequired}
      description={day ? formatDate(day) : [description, text.form.dateHint].filter(Boolean).join('　')}
    />
  );
}

/** A whole number typed as text (full-width digits and commas allowed), read back formatted when it is one. */
export function WholeNumberField({
  id,
  label,
  value,
  onChange,
  errorMessage,
  readBack,
  description,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  readBack?: (value: number) => string;
  description?: string;
}) {
  const plain = value.normalize('NFKC').replace(/[,\s円%]/g, '');
  const shown = readBack && /^\d+$/.test(plain) ? readBack(Number(plain)) : description;
  return (
    <TextField
      id={id}
      label={label}
      inputMode="numeric"
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
      description={shown}
    />
  );
}

/** How the page shows a recorded value in a notice: a day with its 和暦, yes or no, a list, or the text itself. */
export function showValue(value: unknown, labelOf: (code: string) => string = (code) => code): string {
  if (value === null || value === undefined || value === '') return text.form.unset;
  if (typeof value === 'boolean') return value ? text.form.yes : text.form.no;
  if (Array.isArray(value))
    return value.length ? value.map((each) => labelOf(String(each))).join('、') : text.form.unset;
  if (typeof value === 'string' && DAY.test(value)) return formatDate(value);
  return labelOf(String(value));
}
