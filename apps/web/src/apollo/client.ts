import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentLanguage } from '../i18n';
import { MeDocument } from '../gql/graphql';
import { errorCode } from './errors';

// Lets the API answer in the language the person reads, as soon as it learns to.
const languageLink = new SetContextLink((previous) => ({
  headers: {
    ...(previous['headers'] as Record<string, string> | undefined),
    'accept-language': currentLanguage(),
  },
}));

// A session that ends on the server (expiry, sign-out on another device) makes every screen fall back
// to sign-in, instead of each screen handling UNAUTHENTICATED on its own.
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (errorCode(error) === 'UNAUTHENTICATED') {
    operation.client.cache.writeQuery({ query: MeDocument, data: { me: null } });
  }
});

// Same origin and JSON POST: the session cookie goes along, and Apollo Server's CSRF prevention is satisfied.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([languageLink, sessionEndedLink, httpLink]),
    cache: new InMemoryCache(),
  });
}
