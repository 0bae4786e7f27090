import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, PageHeader, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { usePageTitle } from '../../app/use-page-title';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { ChangeMyPasswordInSessionDocument } from '../../gql/graphql';
import { identityMessages } from './messages';

const FIELD_IDS: Record<string, string> = {
  'input.currentPassword': 'account-current-password',
  'input.newPassword': 'account-new-password',
};

export function AccountPage() {
  const text = identityMessages.account;
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [changed, setChanged] = useState(false);
  const [change, { loading }] = useMutation(ChangeMyPasswordInSessionDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      setFailure(null);
      setChanged(true);
      setCurrentPassword('');
      setNewPassword('');
    } catch (error) {
      setFailure(apiErrorOf(error));
    }
  }

  const problems: FieldProblem[] =
    failure?.fields.map((each) => ({ fieldId: FIELD_IDS[each.field], message: each.message })) ?? [];
  if (failure && !problems.length && failure.message) problems.push({ message: failure.message });
  return (
    <>
      <PageHeader title={text.title} />
      <section aria-labelledby="account-profile" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
        <h2 id="account-profile" className="mb-4 text-xl font-bold">
          {text.profile}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">{text.name}</dt>
          <dd>{me.name}</dd>
          <dt className="font-bold">{text.email}</dt>
          <dd>{me.email}</dd>
          <dt className="font-bold">{text.office}</dt>
          <dd>{me.office?.nameJa ?? '—'}</dd>
        </dl>
      </section>
      <section aria-labelledby="account-password" className="rounded-16 bg-white p-6 shadow-sm">
        <h2 id="account-password" className="mb-4 text-xl font-bold">
          {text.changePassword}
        </h2>
        {changed ? (
          <p role="status" className="mb-4 rounded-8 border border-green-900 bg-green-50 p-3">
            {text.changed}
          </p>
        ) : null}
        <ErrorSummary title={text.failed} problems={problems} />
        <Form
          onSubmit={(event) => void submit(event)}
          className="mt-4 flex max-w-md flex-col gap-4"
          validationBehavior="aria"
        >
          <TextField
            id="account-current-password"
            label={text.currentPassword}
            type="password"
            autoComplete="current-password"
            isRequired
            value={currentPassword}
            onChange={setCurrentPassword}
            errorMessage={fieldMessage(failure, 'input.currentPassword')}
          />
          <TextField
            id="account-new-password"
            label={text.newPassword}
            type="password"
            autoComplete="new-password"
            isRequired
            description={text.newPasswordHint}
            value={newPassword}
            onChange={setNewPassword}
            errorMessage={fieldMessage(failure, 'input.newPassword')}
          />
          <Button type="submit" isPending={loading}>
            {text.submit}
          </Button>
        </Form>
      </section>
    </>
  );
}
