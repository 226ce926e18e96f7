import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';
import { createClient } from 'graphql-ws';
import { MeDocument } from '../gql/graphql';
import { errorCode } from './errors';

// The API answers errors in the language the person reads (see localizedErrorsPlugin in apps/api). The
// language comes from the caller, because the translations live in the ui layer, above this one.
function createLanguageLink(language: () => string) {
  return new SetContextLink((previous) => ({
    headers: {
      ...(previous['headers'] as Record<string, string> | undefined),
      'accept-language': language(),
    },
  }));
}

// A session that ends on the server (expiry, sign-out on another device) makes every screen fall back
// to sign-in, instead of each screen handling UNAUTHENTICATED on its own.
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (errorCode(error) === 'UNAUTHENTICATED') {
    operation.client.cache.writeQuery({ query: MeDocument, data: { me: null } });
  }
});

// A server failure answers with a generic message; the request id (the API sets the x-request-id header on
// every response) is what lets support find that request in the logs, so it goes along with the error.
const requestIdLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      if (!result.errors?.some((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')) return result;
      const response = operation.getContext()['response'] as Response | undefined;
      const requestId = response?.headers.get('x-request-id') ?? null;
      return {
        ...result,
        errors: result.errors.map((e) =>
          e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' ? { ...e, extensions: { ...e.extensions, requestId } } : e,
        ),
      };
    }),
  ),
);

// Same origin and JSON POST: the session cookie goes along, and Apollo Server's CSRF prevention is satisfied.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

const reconnectListeners = new Set<() => void>();

/**
 * Called each time the live connection comes back after a drop: events sent while it was down are lost,
 * so a screen that listens refetches what it shows.
 */
export function onLiveReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

// Subscriptions go over one WebSocket on the same host, so the session cookie goes along; it opens only
// when a screen subscribes and retries with back-off when the connection drops (a phone changing networks).
function createLiveLink() {
  let connectedBefore = false;
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: () => {
          if (connectedBefore) reconnectListeners.forEach((listener) => listener());
          connectedBefore = true;
        },
      },
    }),
  );
}

export function createApolloClient(options: { language: () => string }) {
  const httpChain = ApolloLink.from([createLanguageLink(options.language), sessionEndedLink, requestIdLink, httpLink]);
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    createLiveLink(),
    httpChain,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
  });
}
