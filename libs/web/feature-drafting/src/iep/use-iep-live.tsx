import { useMutation, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnect, graphql } from '@iep/web/data-access';

const IepActivitySubscription = graphql(`
  subscription IepActivity($iepId: ID!) {
    iepActivity(iepId: $iepId) {
      iepId
      kind
      subjectId
      actorId
      at
    }
  }
`);

const ReportIepPresenceMutation = graphql(`
  mutation ReportIepPresence($input: ReportIepPresenceInput!) {
    reportIepPresence(input: $input)
  }
`);

const LeaveIepMutation = graphql(`
  mutation LeaveIep($iepId: ID!) {
    leaveIep(iepId: $iepId)
  }
`);

export type IepActivityEvent = { kind: string; subjectId?: string | null; actorId?: string | null; at: string };

/**
 * Live events of one IEP. They carry ids, not content, so the page refetches what it may read;
 * after the connection comes back, events sent meanwhile are lost, so `onReconnect` refetches everything.
 */
export function useIepActivity(iepId: string, onEvent: (event: IepActivityEvent) => void, onReconnect: () => void) {
  const handlers = useRef({ onEvent, onReconnect });
  handlers.current = { onEvent, onReconnect };

  useSubscription(IepActivitySubscription, {
    variables: { iepId },
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.iepActivity;
      if (event) handlers.current.onEvent(event);
    },
  });

  useEffect(() => onLiveReconnect(() => handlers.current.onReconnect()), []);
}

const HEARTBEAT_MS = 20_000;

/**
 * Tells the team who is here and which part they are on (or editing): at once when that changes,
 * then every 20 seconds, so presence expires on its own when a tab closes without saying goodbye.
 */
export function useIepPresence(iepId: string, focus: { partId: string | null; editing: boolean }) {
  const [report] = useMutation(ReportIepPresenceMutation);
  const [leave] = useMutation(LeaveIepMutation);
  const mutations = useRef({ report, leave });
  mutations.current = { report, leave };
  const { partId, editing } = focus;

  useEffect(() => {
    const send = () =>
      mutations.current.report({ variables: { input: { iepId, partId, editing } } }).catch(() => {
        // Presence is a courtesy: a missed heartbeat only makes this person look away for a moment.
      });
    void send();
    const timer = window.setInterval(() => void send(), HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, [iepId, partId, editing]);

  useEffect(
    () => () => {
      mutations.current.leave({ variables: { iepId } }).catch(() => {
        // The server forgets this person after ~45 s without a heartbeat anyway.
      });
    },
    [iepId],
  );
}
