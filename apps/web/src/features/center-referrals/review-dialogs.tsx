import { Button, Dialog, ErrorSummary, Select, TextField } from '@kakehashi/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { centerReferralMessages } from './messages';

const text = centerReferralMessages;

/** Resolves with the API's refusal to show in the dialog, or null when done (the dialog then closes). */
export type DialogSubmit<T> = (value: T) => Promise<ApiErrorInfo | null>;

/** A dialog's form: its API error summary, its fields, 実行 and キャンセル; closes itself when the action succeeds. */
function DialogForm({
  id,
  failure,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  failure: ApiErrorInfo | null;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      await onSubmit();
    } finally {
      setPending(false);
    }
  }
  return (
    <Form
      id={id}
      onSubmit={(event) => void submit(event)}
      validationBehavior="aria"
      className="flex flex-col gap-4"
    >
      <ErrorSummary
        title={text.bulk.failed}
        problems={
          failure
            ? failure.fields.length
              ? failure.fields.map((each) => ({ fieldId: fieldIdOf(id, each.field), message: each.message }))
              : [{ message: failure.message ?? text.bulk.failed }]
            : []
        }
      />
      {children}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isPending={pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {text.bulk.cancel}
        </Button>
      </div>
    </Form>
  );
}

/** The input id of an API field inside a dialog (`input.reason` → `<dialog>-reason`). */
function fieldIdOf(dialogId: string, apiField: string): string | undefined {
  const name = apiField.split('.').at(-1);
  return name ? `${dialogId}-${name}` : undefined;
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
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <Dialog title={text.returnDialog.title} isOpen={isOpen} onOpenChange={(open) => !open && close()}>
      <p className="mb-4">{target}</p>
      <DialogForm
        id="return-dialog"
        failure={failure}
        submitLabel={text.returnDialog.submit}
        onCancel={close}
        onSubmit={async () => {
          const refusal = await onSubmit(reason);
          setFailure(refusal);
          if (!refusal) {
            setReason('');
            onClose();
          }
        }}
      >
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
      </DialogForm>
    </Dialog>
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
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <Dialog title={text.assignDialog.title} isOpen={isOpen} onOpenChange={(open) => !open && close()}>
      <p className="mb-4">{target}</p>
      <DialogForm
        id="assign-dialog"
        failure={failure}
        submitLabel={text.assignDialog.submit}
        onCancel={close}
        onSubmit={async () => {
          const refusal = await onSubmit(officeId ?? '');
          setFailure(refusal);
          if (!refusal) onClose();
        }}
      >
        <Select
          id="assign-dialog-officeId"
          label={text.assignDialog.office}
          options={offices}
          value={officeId}
          onChange={setOfficeId}
          isRequired
          errorMessage={fieldMessage(failure, 'input.officeId')}
        />
      </DialogForm>
    </Dialog>
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
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <Dialog title={text.bulk.accept} isOpen={isOpen} onOpenChange={(open) => !open && close()}>
      <DialogForm
        id="accept-dialog"
        failure={failure}
        submitLabel={text.bulk.run}
        onCancel={close}
        onSubmit={async () => {
          const refusal = await onSubmit();
          setFailure(refusal);
          if (!refusal) onClose();
        }}
      >
        <p>{text.bulk.confirmAccept(target)}</p>
      </DialogForm>
    </Dialog>
  );
}
