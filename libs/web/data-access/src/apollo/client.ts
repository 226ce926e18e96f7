import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';
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

// Subscriptions go over one WebSocket (./live-link). Its code loads with the first subscription: the
// sign-in page has none, and it is part of the first page's size budget.
function createLazyLiveLink() {
  let live: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: { unsubscribe(): void } | undefined;
        let closed = false;
        live ??= import('./live-link').then((module) => module.createLiveLink(() => reconnectListeners.forEach((listener) => listener())));
        live.then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}

export function createApolloClient(options: { language: () => string }) {
  const httpChain = ApolloLink.from([createLanguageLink(options.language), sessionEndedLink, requestIdLink, httpLink]);
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    createLazyLiveLink(),
    httpChain,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
  });
}
