import { Badge, Button, EmptyState, formatDateTime } from '@kakehashi/web-ui';
import type { AdminUsersQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { adminFieldLabels, adminMessages } from './messages';
import type { UserAction } from './users-page';
import { usersPageOf, type UsersSearch } from './users-search';

const text = adminMessages.users;
const labels = adminFieldLabels.user;

/** The count, the table of accounts with their actions, and the page links; or what to do when nothing matched. */
export function UserResults({
  data,
  search,
  filtered,
  onAction,
}: {
  data: AdminUsersQuery;
  search: UsersSearch;
  filtered: boolean;
  onAction: (action: UserAction) => void;
}) {
  const { edges } = data.users;
  const roleLabel = useEnumLabel('Role');
  const columns = [
    { key: 'name', label: labels.name },
    { key: 'email', label: labels.email },
    { key: 'role', label: labels.role },
    { key: 'belongsTo', label: text.belongsTo },
    { key: 'status', label: text.status },
    { key: 'lastLogin', label: text.lastLogin },
    { key: 'actions', label: text.actions },
  ];
  return (
    <ListResults
      id="users-results"
      text={text}
      to="/admin/users"
      search={search}
      page={usersPageOf(search)}
      connection={data.users}
    >
      {edges.length === 0 ? (
        <EmptyState title={filtered ? text.emptyFiltered : text.emptyAll}>
          <p>{filtered ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
        </EmptyState>
      ) : (
        <ListTable label={text.tableLabel} minWidth="min-w-[56rem]" columns={columns}>
          {edges.map(({ node: user }) => (
            <tr key={user.id}>
              <th scope="row" className={rowHeadCell}>
                {user.name}
              </th>
              <td className={`${bodyCell} break-all`}>{user.email}</td>
              <td className={bodyCell}>{roleLabel(user.role)}</td>
              <td className={bodyCell}>
                {user.office?.nameJa ?? (user.partnerInstitutionId ? text.partner : text.none)}
              </td>
              <td className={bodyCell}>
                <Badge tone={user.isActive ? 'success' : 'neutral'}>
                  {user.isActive ? text.active : text.inactive}
                </Badge>
              </td>
              <td className={bodyCell}>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : text.never}</td>
              <td className={bodyCell}>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" onPress={() => onAction({ kind: 'edit', user })}>
                    {text.edit(user.name)}
                  </Button>
                  {user.isActive ? (
                    <Button variant="danger" onPress={() => onAction({ kind: 'deactivate', user })}>
                      {text.deactivate(user.name)}
                    </Button>
                  ) : (
                    <Button variant="secondary" onPress={() => onAction({ kind: 'reactivate', user })}>
                      {text.reactivate(user.name)}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </ListResults>
  );
}
