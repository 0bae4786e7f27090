import { Button, Dialog, ErrorSummary } from '@kakehashi/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { ApiErrorInfo } from './api-errors';
import { BusyNote, problemsOf, type FieldIds } from './form-problems';

export interface ProblemFormProps {
  /** The refusal shown in the summary (its fields are focused and linked through `fieldIds`). */
  failure: ApiErrorInfo | null;
  fieldIds: FieldIds;
  /** The summary's title, and its only line when the API gave no message. */
  failedTitle: string;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  /** Without it the form has no キャンセル (a form on a page). */
  cancelLabel?: string;
  onCancel?: () => void;
  /** Runs once at a time; the form stays busy until it settles. */
  onSubmit: () => Promise<void>;
  /** With it, a status line says the action is running; without it, the submit button says so itself. */
  busyMessage?: string;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** A form with its error summary (focus on the first field at fault), its fields, the submit button and キャンセル. */
export function ProblemForm({
  failure,
  fieldIds,
  failedTitle,
  submitLabel,
  submitVariant,
  cancelLabel,
  onCancel,
  onSubmit,
  busyMessage,
  id,
  className = 'flex flex-col gap-4',
  children,
}: ProblemFormProps) {
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      await onSubmit();
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <ErrorSummary title={failedTitle} problems={problemsOf(failure, fieldIds, failedTitle)} />
      <Form id={id} onSubmit={(event) => void submit(event)} validationBehavior="aria" className={className}>
        {children}
        {busyMessage ? <BusyNote busy={pending} message={busyMessage} /> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant={submitVariant} isPending={busyMessage ? undefined : pending}>
            {submitLabel}
          </Button>
          {cancelLabel && onCancel ? (
            <Button variant="secondary" onPress={onCancel}>
              {cancelLabel}
            </Button>
          ) : null}
        </div>
      </Form>
    </>
  );
}

/** A dialog's own wording (from its feature's messages). */
export interface DialogFormText {
  title: string;
  /** The error summary's title. */
  failed: string;
  submit: string;
  cancel: string;
}

/** A decision in a dialog: what it is about, then its form; closing the dialog cancels. */
export function DialogForm({
  text,
  isOpen = true,
  onClose,
  intro,
  ...form
}: Omit<ProblemFormProps, 'onCancel' | 'className' | 'failedTitle' | 'submitLabel' | 'cancelLabel'> & {
  text: DialogFormText;
  isOpen?: boolean;
  onClose: () => void;
  intro?: ReactNode;
}) {
  return (
    <Dialog title={text.title} isOpen={isOpen} onOpenChange={(open) => (open ? undefined : onClose())}>
      {intro ? <p className="mb-4 [word-break:auto-phrase]">{intro}</p> : null}
      <ProblemForm
        {...form}
        failedTitle={text.failed}
        submitLabel={text.submit}
        cancelLabel={text.cancel}
        onCancel={onClose}
        className="mt-4 flex flex-col gap-4"
      />
    </Dialog>
  );
}
