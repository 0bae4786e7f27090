import { Select, TextField } from '@kakehashi/web-ui';
import { useState, type ReactNode } from 'react';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { centerReferralMessages } from './messages';

const text = centerReferralMessages;

/** Resolves with the API's refusal to show in the dialog, or null when done (the dialog then closes). */
export type DialogSubmit<T> = (value: T) => Promise<ApiErrorInfo | null>;

/** The input id of an API field inside a dialog (`input.reason` → `<dialog>-reason`). */
function fieldIdOf(dialogId: string, apiField: string): string | undefined {
  const name = apiField.split('.').at(-1);
  return name ? `${dialogId}-${name}` : undefined;
}

/** What every review dialog is given: whether it shows, what it is about, and the action itself. */
interface ReviewDialogProps<T> {
  isOpen: boolean;
  onClose: () => void;
  target: string;
  onSubmit: DialogSubmit<T>;
}

/**
 * A review dialog: its API error summary, its fields, 実行 and キャンセル. It shows the refusal `send` resolves with,
 * or else closes itself (after `onDone`); closing forgets the refusal.
 */
function ReviewDialog({
  id,
  text: wording,
  isOpen,
  onClose,
  target,
  send,
  onDone,
  children,
}: Omit<ReviewDialogProps<never>, 'onSubmit' | 'target'> & {
  id: string;
  text: { title: string; submit: string };
  target?: string;
  send: () => Promise<ApiErrorInfo | null>;
  onDone?: () => void;
  children: (failure: ApiErrorInfo | null) => ReactNode;
}) {
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <DialogForm
      id={id}
      text={{ ...wording, failed: text.bulk.failed, cancel: text.bulk.cancel }}
      isOpen={isOpen}
      onClose={close}
      intro={target}
      failure={failure}
      fieldIds={(field) => fieldIdOf(id, field)}
      onSubmit={async () => {
        const refusal = await send();
        setFailure(refusal);
        if (!refusal) {
          onDone?.();
          onClose();
        }
      }}
    >
      {children(failure)}
    </DialogForm>
  );
}

/** 差戻し: one reason, which the partner sees. */
export function ReturnDialog({ onSubmit, ...shown }: ReviewDialogProps<string>) {
  const [reason, setReason] = useState('');
  return (
    <ReviewDialog
      {...shown}
      id="return-dialog"
      text={text.returnDialog}
      send={() => onSubmit(reason)}
      onDone={() => setReason('')}
    >
      {(failure) => (
        <TextField
          id="return-dialog-reason"
          label={text.returnDialog.reason}
          description={text.returnDialog.reasonHint}
          multiline
          isRequired
          value={reason}
          onChange={setReason}
          errorMessage={fieldMessage(failure, 'input.reason')}
        />
      )}
    </ReviewDialog>
  );
}

/** 担当事務所の決定: one regional office. */
export function AssignDialog({
  offices,
  onSubmit,
  ...shown
}: ReviewDialogProps<string> & { offices: { value: string; label: string }[] }) {
  const [officeId, setOfficeId] = useState<string | null>(null);
  return (
    <ReviewDialog
      {...shown}
      id="assign-dialog"
      text={text.assignDialog}
      send={() => onSubmit(officeId ?? '')}
    >
      {(failure) => (
        <Select
          id="assign-dialog-officeId"
          label={text.assignDialog.office}
          options={offices}
          value={officeId}
          onChange={setOfficeId}
          isRequired
          errorMessage={fieldMessage(failure, 'input.officeId')}
        />
      )}
    </ReviewDialog>
  );
}

/** 受付 of many: a confirmation (a single referral is accepted with its own button, without one). */
export function AcceptDialog({ target, onSubmit, ...shown }: ReviewDialogProps<void>) {
  return (
    <ReviewDialog
      {...shown}
      id="accept-dialog"
      text={{ title: text.bulk.accept, submit: text.bulk.run }}
      send={() => onSubmit()}
    >
      {() => <p>{text.bulk.confirmAccept(target)}</p>}
    </ReviewDialog>
  );
}
