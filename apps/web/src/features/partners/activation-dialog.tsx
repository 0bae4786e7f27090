import { useMutation } from '@apollo/client/react';
import { Button, Dialog, ErrorSummary } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  DeactivatePartnerUserDocument,
  ReactivatePartnerUserDocument,
  type PartnerUserDetailFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { partnerMessages } from './messages';

const text = partnerMessages.users;

/** Deactivating or reactivating an account, confirmed after saying what it does to the user's sessions. */
export function ActivationDialog({
  user,
  deactivate,
  onClose,
  onDone,
}: {
  user: PartnerUserDetailFragment;
  deactivate: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [deactivateUser, deactivating] = useMutation(DeactivatePartnerUserDocument);
  const [reactivateUser, reactivating] = useMutation(ReactivatePartnerUserDocument);
  async function confirm() {
    try {
      if (deactivate) await deactivateUser({ variables: { id: user.id } });
      else await reactivateUser({ variables: { id: user.id } });
      onClose();
      onDone(deactivate ? text.deactivated(user.name) : text.reactivated(user.name));
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
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
      <p>{deactivate ? text.deactivateLead(user.name) : text.reactivateLead(user.name)}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button
          variant={deactivate ? 'danger' : 'primary'}
          isPending={deactivating.loading || reactivating.loading}
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
