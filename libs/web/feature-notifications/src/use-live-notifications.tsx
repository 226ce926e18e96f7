import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql, onLiveReconnect } from '@iep/web/data-access';

const MyNotificationEventsSubscription = graphql(`
  subscription MyNotificationEvents {
    myNotificationEvents {
      at
    }
  }
`);

/** The bell's queries, by name: the list loads with the popover and is refetched only while it is shown. */
const BELL_QUERIES = new Set(['UnreadNotificationCount', 'BellNotifications']);

function refetchBell(client: ApolloClient): void {
  const shown = [...client.getObservableQueries('active')].filter((query) => query.queryName && BELL_QUERIES.has(query.queryName));
  void Promise.all(shown.map((query) => query.refetch())).catch(() => undefined);
}

/**
 * Refetches the bell as soon as the API says something new arrived, instead of waiting for the poll
 * (which stays as the fallback while the live connection is down), and after the connection comes back,
 * since what arrived meanwhile was not heard.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  useSubscription(MyNotificationEventsSubscription, {
    ignoreResults: true,
    onData: () => refetchBell(client),
  });
  useEffect(() => onLiveReconnect(() => refetchBell(client)), [client]);
}
