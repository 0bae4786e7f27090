import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, TextField, type FieldProblem } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { apiErrorOf, fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { SignInDocument } from '../../gql/graphql';
import { identityMessages } from './messages';

const FIELD_IDS: Record<string, string> = {
  'input.email': 'signin-email',
  'input.password': 'signin-password',
};

/** Only paths of this app are followed after sign-in (never another site). */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const text = identityMessages.signIn;
  usePageTitle(text.title);
  const search = useSearch({ from: '/signin' });
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [signIn, { loading }] = useMutation(SignInDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await signIn({ variables: { input: { email, password } } });
      setFailure(null);
      await apollo.clearStore();
      await navigate({ href: safeNext(search.next), replace: true });
    } catch (error) {
      setFailure(
        apiErrorOf(error) ?? { code: null, reason: null, message: null, fields: [], retryAfterSeconds: null },
      );
      setPassword('');
    }
  }

  const problems = problemsOf(failure);
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-solid-gray-50 px-4 py-12">
      <div className="w-full max-w-md rounded-16 bg-white p-8 shadow">
        <p className="text-lg font-bold text-blue-900">{messages.productName}</p>
        <h1 className="mt-2 text-2xl font-bold">{text.title}</h1>
        <p className="mt-2 text-solid-gray-700">{text.lead}</p>
        {search.ended && !failure ? (
          <p role="status" className="mt-4 rounded-8 border border-blue-900 bg-blue-50 p-3">
            {text.sessionEnded}
          </p>
        ) : null}
        <div className="mt-4">
          <ErrorSummary title={text.failed} problems={problems} />
        </div>
        <Form
          onSubmit={(event) => void submit(event)}
          className="mt-6 flex flex-col gap-4"
          validationBehavior="aria"
        >
          <TextField
            id="signin-email"
            label={text.email}
            type="email"
            autoComplete="username"
            isRequired
            value={email}
            onChange={setEmail}
            errorMessage={fieldMessage(failure, 'input.email')}
          />
          <TextField
            id="signin-password"
            label={text.password}
            type="password"
            autoComplete="current-password"
            isRequired
            value={password}
            onChange={setPassword}
            errorMessage={fieldMessage(failure, 'input.password')}
          />
          <Button type="submit" isPending={loading}>
            {text.submit}
          </Button>
        </Form>
      </div>
    </main>
  );
}

function problemsOf(failure: ApiErrorInfo | null): FieldProblem[] {
  if (!failure) return [];
  if (failure.fields.length) {
    return failure.fields.map((each) => ({ fieldId: FIELD_IDS[each.field], message: each.message }));
  }
  const retry = failure.retryAfterSeconds
    ? ` ${identityMessages.signIn.retryAfter(failure.retryAfterSeconds)}`
    : '';
  return [{ fieldId: 'signin-email', message: `${failure.message ?? messages.failure.body}${retry}` }];
}
