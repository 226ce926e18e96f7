import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

// Subscriptions go over one WebSocket on the same host, so the session cookie goes along; it opens only
// when a screen subscribes and retries with back-off when the connection drops (a phone changing networks).
export function createLiveLink(onReconnect: () => void) {
  let connectedBefore = false;
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: () => {
          if (connectedBefore) onReconnect();
          connectedBefore = true;
        },
      },
    }),
  );
}
