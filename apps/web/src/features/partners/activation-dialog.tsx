import { useMutation } from '@apollo/client/react';
import {
  DeactivatePartnerUserDocument,
  ReactivatePartnerUserDocument,
  type PartnerUserDetailFragment,
} from '../../gql/graphql';
import { AccountActivationDialog } from '../../shared/account-activation-dialog';
import { partnerMessages } from './messages';

/** Deactivating or reactivating a partner account, confirmed after saying what it does to the user's sessions. */
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
  const [deactivateUser] = useMutation(DeactivatePartnerUserDocument);
  const [reactivateUser] = useMutation(ReactivatePartnerUserDocument);
  return (
    <AccountActivationDialog
      name={user.name}
      deactivate={deactivate}
      run={() =>
        deactivate
          ? deactivateUser({ variables: { id: user.id } })
          : reactivateUser({ variables: { id: user.id } })
      }
      text={partnerMessages.users}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
