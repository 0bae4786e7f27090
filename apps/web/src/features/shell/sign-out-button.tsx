import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { SignOutDocument } from '../../gql/graphql';
import { shellMessages } from './messages';

/** Ends the session on the server at once, forgets every cached record, and returns to sign-in. */
export function SignOutButton() {
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  return (
    <Button
      variant="secondary"
      isPending={loading}
      onPress={() => {
        void (async () => {
          // Signed out locally even if the server could not be reached: the cookie is cleared either way on its side
          // the next time, and nothing of this user stays on screen.
          await signOut().catch(() => undefined);
          await apollo.clearStore();
          await navigate({ to: '/signin', search: {} });
        })();
      }}
    >
      {shellMessages.signOut}
    </Button>
  );
}
