import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorCode, graphql, MeQuery } from '@iep/web/data-access';
import { errorText } from '@iep/web/ui';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function handleSignOut() {
    try {
      await signOut();
    } catch (error) {
      // A session that already ended is the outcome we wanted; anything else leaves the person signed in.
      if (errorCode(error) !== 'UNAUTHENTICATED') {
        notifications.show({ color: 'red', message: errorText(t, error) });
        return;
      }
    }
    // Leave the signed-in screens first, so that emptying the cache below refetches only `me` and not a
    // list the API would refuse. useQuery lets go of a query one task after its component unmounts.
    client.writeQuery({ query: MeQuery, data: { me: null } });
    await navigate('/sign-in', { replace: true, flushSync: true });
    await new Promise((resolve) => setTimeout(resolve));
    // Children's records must not linger in memory on a shared phone.
    await client.resetStore();
  }

  return (
    <Button variant="default" size="sm" loading={loading} onClick={() => void handleSignOut()}>
      {t('account.signOut')}
    </Button>
  );
}
