import { Button, Dialog, ErrorSummary } from '@kakehashi/web-ui';
import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ConflictPanel } from '../conflict-panel';
import type { RecordForm } from './use-record-form';

/**
 * A record added or edited in a dialog: the API's refusal is shown inside it with the input kept (summary
 * first, focus on the first field at fault), a stale save shows the conflict instead of the form, and the dialog
 * closes only when the API took the change (then `onDone` tells the page what was done).
 */
export function RecordFormDialog<K extends string>({
  title,
  form,
  failedTitle,
  submitLabel,
  onSubmit,
  onClose,
  onDone,
  labels,
  display = (_field, value) => value,
  lead,
  children,
}: {
  title: string;
  form: RecordForm<K>;
  failedTitle: string;
  submitLabel: string;
  /** Runs the write; resolves to what was done (the dialog then closes) or null when it stays open. */
  onSubmit: () => Promise<string | null> | void;
  onClose: () => void;
  onDone?: (message: string) => void;
  labels: Record<K, string>;
  display?: (field: K, value: string) => string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await onSubmit();
    if (typeof done !== 'string') return;
    onClose();
    onDone?.(done);
  }
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      {form.conflict ? (
        <ConflictPanel
          id="record-conflict"
          placement="dialog"
          text={form.text.conflict}
          differences={form.conflict.differences}
          labels={labels}
          display={display}
          onReapply={() => form.resolve(true)}
          onDiscard={() => form.resolve(false)}
        />
      ) : (
        <>
          <div className="mb-4 flex flex-col gap-3 empty:hidden">
            {form.notice ? (
              <p role="status" className="rounded-8 border border-blue-900 bg-blue-50 p-3">
                {form.notice}
              </p>
            ) : null}
            <ErrorSummary title={failedTitle} problems={form.problems} />
            {lead}
          </div>
          <Form
            onSubmit={(event) => void submit(event)}
            validationBehavior="aria"
            className="flex flex-col gap-4"
          >
            {children}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" isPending={form.running}>
                {submitLabel}
              </Button>
              <Button variant="secondary" onPress={onClose}>
                {form.text.cancel}
              </Button>
            </div>
          </Form>
        </>
      )}
    </Dialog>
  );
}

/** The words of a dialog that adds or edits a named record (its tab's section of messages.ts). */
export interface NamedRecordText {
  addTitle: string;
  editTitle: (name: string) => string;
  failed: string;
  submit: string;
  added: (name: string) => string;
  updated: (name: string) => string;
}

/** Adds a named record (a branch, a contact) or edits one; the page is then told which, by the name saved. */
export function NamedRecordDialog<K extends string>({
  record,
  text,
  form,
  save,
  ...props
}: {
  /** null: a new record. */
  record: { name: string } | null;
  text: NamedRecordText;
  form: RecordForm<K> & { values: { name: string } };
  /** The write (add or edit); true when the API took it. */
  save: () => Promise<boolean>;
  onClose: () => void;
  onDone: (message: string) => void;
  labels: Record<K, string>;
  display: (field: K, value: string) => string;
  children: ReactNode;
}) {
  async function submit() {
    if (!(await save())) return null;
    return record ? text.updated(form.values.name) : text.added(form.values.name);
  }
  return (
    <RecordFormDialog
      title={record ? text.editTitle(record.name) : text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={submit}
      {...props}
    />
  );
}
