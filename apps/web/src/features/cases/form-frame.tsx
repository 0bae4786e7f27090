// The frames of the case page's forms: heading, the API's verdict (a conflict first, then the field problems), the
// fields and the submit button; and for stage records, what someone else changed once the latest was loaded.
import { Button, ErrorSummary, type FieldProblem } from '@kakehashi/web-ui';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useCasePage } from './case-context';
import type { RecordForm, Values } from './form-kit';
import { caseMessages } from './messages';

const text = caseMessages;

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
