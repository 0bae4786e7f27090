import { useQuery } from '@apollo/client/react';
import { Badge, Button, formatDateTime } from '@kakehashi/web-ui';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { PartnerUsersDocument, type PartnerUserDetailFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { ActivationDialog } from './activation-dialog';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { ActionsCell, TabSection, td } from './tab-section';
import { UserDialog } from './user-dialog';

const text = partnerMessages.users;
const labels = partnerFieldLabels.user;

type Open =
  { kind: 'new' } | { kind: 'edit' | 'deactivate' | 'reactivate'; user: PartnerUserDetailFragment } | null;

/** The institution's partner accounts: create, change branch or role, deactivate, reactivate. */
export function UsersTab(props: PartnerTabProps) {
  const { institution } = props;
  const [open, setOpen] = useState<Open>(null);
  const { data, error } = useQuery(PartnerUsersDocument, { variables: { institutionId: institution.id } });
  const roleLabel = useEnumLabel('PartnerUserRole');
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  const users = data.partnerUsers;
  const close = () => setOpen(null);
  return (
    <TabSection
      id="partner-users"
      text={text}
      onAdd={() => setOpen({ kind: 'new' })}
      isEmpty={users.length === 0}
      columns={[labels.name, labels.email, labels.role, labels.partnerBranchId, text.status, text.lastLogin]}
      dialog={
        open?.kind === 'new' ? (
          <UserDialog {...props} user={null} onClose={close} />
        ) : open?.kind === 'edit' ? (
          <UserDialog {...props} user={open.user} onClose={close} />
        ) : open ? (
          <ActivationDialog
            user={open.user}
            deactivate={open.kind === 'deactivate'}
            onClose={close}
            onDone={props.onDone}
          />
        ) : null
      }
    >
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row" className={`${td} text-left`}>
            {user.name}
          </th>
          <td className={`${td} break-all`}>{user.email}</td>
          <td className={td}>{roleLabel(user.role)}</td>
          <td className={td}>{user.partnerBranch?.name ?? text.noBranch}</td>
          <td className={td}>
            <Badge tone={user.isActive ? 'success' : 'neutral'}>
              {user.isActive ? text.active : text.inactive}
            </Badge>
          </td>
          <td className={td}>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : text.never}</td>
          <ActionsCell>
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onPress={() => setOpen({ kind: 'edit', user })}>
                {text.edit(user.name)}
              </Button>
              {user.isActive ? (
                <Button variant="danger" onPress={() => setOpen({ kind: 'deactivate', user })}>
                  {text.deactivate(user.name)}
                </Button>
              ) : (
                <Button variant="secondary" onPress={() => setOpen({ kind: 'reactivate', user })}>
                  {text.reactivate(user.name)}
                </Button>
              )}
            </div>
          </ActionsCell>
        </tr>
      ))}
    </TabSection>
  );
}
