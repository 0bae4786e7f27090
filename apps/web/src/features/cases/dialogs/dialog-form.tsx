import { Button, Dialog, ErrorSummary } from '@kakehashi/web-ui';
import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { CommandForm } from '../form-kit';
import { ConflictNotice } from '../form-frame';

/**
 * A change of the case asked for in a dialog (going back, ending, correcting): the API's refusal is shown inside it,
 * with the input kept, and the dialog closes only when the API accepted the change.
 */
export function DialogForm<TInput>({
  title,
  isOpen,
  onOpenChange,
  form,
  failedTitle,
  submitLabel,
  cancelLabel,
  onSubmit,
  children,
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  form: CommandForm<TInput>;
  failedTitle: string;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.running) onSubmit();
  }
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={onOpenChange}>
      <div className="mb-4 flex flex-col gap-3 empty:hidden">
        {form.failure?.code === 'CONFLICT' ? <ConflictNotice onReload={() => void form.reload()} /> : null}
        <ErrorSummary title={failedTitle} problems={form.problems} />
      </div>
      <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-4">
        {children}
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{submitLabel}</Button>
          <Button variant="secondary" onPress={() => onOpenChange(false)}>
            {cancelLabel}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
