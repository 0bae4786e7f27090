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

/**
 * A review dialog: its API error summary, its fields, 実行 and キャンセル. It shows the refusal `send` resolves with,
 * or else closes itself (after `onDone`); closing forgets the refusal.
 */
function ReviewDialog({
  id,
  title,
  isOpen,
  onClose,
  target,
  submitLabel,
  send,
  onDone,
  children,
}: {
  id: string;
  title: string;
  isOpen: boolean;
  onClose: () => void;
  target?: string;
  submitLabel: string;
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
      title={title}
      isOpen={isOpen}
      onClose={close}
      intro={target}
      failure={failure}
      fieldIds={(field) => fieldIdOf(id, field)}
      failedTitle={text.bulk.failed}
      submitLabel={submitLabel}
      cancelLabel={text.bulk.cancel}
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
export function ReturnDialog({
  isOpen,
  onClose,
  target,
  onSubmit,
}: {
  isOpen: boolean;
  onClose: () => void;
  target: string;
  onSubmit: DialogSubmit<string>;
}) {
  const [reason, setReason] = useState('');
  return (
    <ReviewDialog
      id="return-dialog"
      title={text.returnDialog.title}
      isOpen={isOpen}
      onClose={onClose}
      target={target}
      submitLabel={text.returnDialog.submit}
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
  isOpen,
  onClose,
  target,
  offices,
  onSubmit,
}: {
  isOpen: boolean;
  onClose: () => void;
  target: string;
  offices: { value: string; label: string }[];
  onSubmit: DialogSubmit<string>;
}) {
  const [officeId, setOfficeId] = useState<string | null>(null);
  return (
    <ReviewDialog
      id="assign-dialog"
      title={text.assignDialog.title}
      isOpen={isOpen}
      onClose={onClose}
      target={target}
      submitLabel={text.assignDialog.submit}
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
export function AcceptDialog({
  isOpen,
  onClose,
  target,
  onSubmit,
}: {
  isOpen: boolean;
  onClose: () => void;
  target: string;
  onSubmit: DialogSubmit<void>;
}) {
  return (
    <ReviewDialog
      id="accept-dialog"
      title={text.bulk.accept}
      isOpen={isOpen}
      onClose={onClose}
      submitLabel={text.bulk.run}
      send={() => onSubmit()}
    >
      {() => <p>{text.bulk.confirmAccept(target)}</p>}
    </ReviewDialog>
  );
}
