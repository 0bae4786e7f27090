import { useQuery } from '@apollo/client/react';
import { Button, PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { AdminOfficesDocument, AdminUsersDocument, type AdminUserFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { adminMessages } from './messages';
import { UserActivationDialog } from './user-activation-dialog';
import { CreateUserDialog, EditUserDialog } from './user-dialog';
import { UserFilters } from './user-filters';
import { UserResults } from './user-results';
import { usersFilterOf, usersPageOf, USERS_PER_PAGE, withUserFilters } from './users-search';

const text = adminMessages.users;

export type UserAction = { kind: 'edit' | 'deactivate' | 'reactivate'; user: AdminUserFragment };

/** Accounts: the list with its filters in the URL, creation, changes of role or office, (de)activation. */
export function AdminUsersPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/admin/users' });
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<UserAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const offices = useQuery(AdminOfficesDocument);
  const filter = usersFilterOf(search);
  const { data, error, previousData } = useQuery(AdminUsersDocument, {
    variables: { filter, first: USERS_PER_PAGE, after: usersPageOf(search).afterCursor },
  });
  if (offices.error) throw offices.error;
  const failure = error ? apiErrorOf(error) : null;
  // A refused filter is shown at its field; anything else is the route's failure page.
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);
  const officeOptions = (offices.data?.offices ?? []).map((office) => ({
    value: office.id,
    label: office.nameJa,
  }));
  const close = () => setAction(null);

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={<Button onPress={() => setCreating(true)}>{text.create}</Button>}
      />
      <div role="status" className="mb-6 empty:hidden">
        {notice ? <p className="rounded-8 border border-green-900 bg-green-50 p-3">{notice}</p> : null}
      </div>
      {offices.data ? (
        <UserFilters
          // A new URL (back, forward, a link) starts the form again from what the URL says.
          key={JSON.stringify(filter)}
          search={search}
          offices={officeOptions}
          failure={failure}
          onSearch={(filters) => void navigate({ to: '/admin/users', search: withUserFilters(filters) })}
        />
      ) : null}
      {shown && !failure ? (
        <UserResults
          data={shown}
          search={search}
          filtered={Object.keys(filter).length > 0}
          onAction={setAction}
        />
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
      {creating ? (
        <CreateUserDialog offices={officeOptions} onClose={() => setCreating(false)} onDone={setNotice} />
      ) : null}
      {action?.kind === 'edit' ? (
        <EditUserDialog user={action.user} offices={officeOptions} onClose={close} onDone={setNotice} />
      ) : action ? (
        <UserActivationDialog
          user={action.user}
          deactivate={action.kind === 'deactivate'}
          onClose={close}
          onDone={setNotice}
        />
      ) : null}
    </>
  );
}
