import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, type ActionIconProps } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';

/** How often the count is asked for again: the fallback for when the live events (use-live-notifications.tsx) do not get through. */
const POLL_MS = 60_000;

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export function useUnreadCount(): number {
  const count = useQuery(UnreadNotificationCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  return count.data?.unreadNotificationCount ?? 0;
}

type Props = ActionIconProps & ComponentPropsWithRef<'button'> & { unread: number };

/**
 * The bell itself: the unread count as its accessible name ("Notifications, 3 unread"). It is all the
 * header needs until someone opens it; the list and its popover load then (notification-bell.tsx).
 */
export function BellButton({ unread, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('bell.buttonLabel', { count: unread })} style={{ position: 'relative', overflow: 'visible' }} {...props}>
      <BellIcon />
      {/* The count is in the button's name; the badge only shows it, so it is hidden from screen readers. */}
      {unread > 0 && (
        <Badge
          aria-hidden
          size="xs"
          circle={unread < 10}
          color="red.9"
          variant="filled"
          style={{ position: 'absolute', top: -4, right: -6, pointerEvents: 'none' }}
        >
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </ActionIcon>
  );
}

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
