import { Button, Dialog, ErrorSummary } from '@kakehashi/web-ui';
import { useState } from 'react';
import { apiErrorOf, type ApiErrorInfo } from './api-errors';

/** The words of deactivating and reactivating an account, from the feature's messages.ts. */
export interface AccountActivationText {
  deactivateTitle: string;
  reactivateTitle: string;
  deactivateLead: (name: string) => string;
  reactivateLead: (name: string) => string;
  confirmDeactivate: string;
  confirmReactivate: string;
  cancel: string;
  actionFailed: string;
  deactivated: (name: string) => string;
  reactivated: (name: string) => string;
}

/**
 * Deactivating or reactivating an account, confirmed after saying what it does to the user's sessions; the API's
 * refusal is shown inside the dialog as given. `run` sends the change (partner accounts and the Center's use their own
 * operations).
 */
export function AccountActivationDialog({
  name,
  deactivate,
  run,
  text,
  onClose,
  onDone,
}: {
  name: string;
  deactivate: boolean;
  run: () => Promise<unknown>;
  text: AccountActivationText;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [pending, setPending] = useState(false);
  async function confirm() {
    if (pending) return;
    setPending(true);
    try {
      await run();
      onClose();
      onDone(deactivate ? text.deactivated(name) : text.reactivated(name));
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    } finally {
      setPending(false);
    }
  }
  return (
    <Dialog
      title={deactivate ? text.deactivateTitle : text.reactivateTitle}
      isOpen
      alert
      onOpenChange={(isOpen) => (isOpen ? undefined : onClose())}
    >
      <div className="mb-4 empty:hidden">
        <ErrorSummary
          title={text.actionFailed}
          problems={failure?.message ? [{ message: failure.message }] : []}
        />
      </div>
      <p>{deactivate ? text.deactivateLead(name) : text.reactivateLead(name)}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button
          variant={deactivate ? 'danger' : 'primary'}
          isPending={pending}
          onPress={() => void confirm()}
        >
          {deactivate ? text.confirmDeactivate : text.confirmReactivate}
        </Button>
        <Button variant="secondary" onPress={onClose}>
          {text.cancel}
        </Button>
      </div>
    </Dialog>
  );
}
