import { useMutation } from '@apollo/client/react';
import {
  AdminDeactivateUserDocument,
  AdminReactivateUserDocument,
  type AdminUserFragment,
} from '../../gql/graphql';
import { AccountActivationDialog } from '../../shared/account-activation-dialog';
import { adminMessages } from './messages';

/** Deactivating or reactivating any account, confirmed after saying what it does to the user's sessions. */
export function UserActivationDialog({
  user,
  deactivate,
  onClose,
  onDone,
}: {
  user: AdminUserFragment;
  deactivate: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [deactivateUser] = useMutation(AdminDeactivateUserDocument, { refetchQueries: ['AdminUsers'] });
  const [reactivateUser] = useMutation(AdminReactivateUserDocument, { refetchQueries: ['AdminUsers'] });
  return (
    <AccountActivationDialog
      name={user.name}
      deactivate={deactivate}
      run={() =>
        deactivate
          ? deactivateUser({ variables: { id: user.id } })
          : reactivateUser({ variables: { id: user.id } })
      }
      text={adminMessages.users.activation}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
