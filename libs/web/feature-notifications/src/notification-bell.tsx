import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Popover, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { BellButton, UnreadNotificationCountQuery, useUnreadCount } from './bell-button';

const PAGE = 20;

const BellNotificationsQuery = graphql(`
  query BellNotifications($first: Int!) {
    notifications(first: $first) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * Only links to an IEP's pages, and to a student's rights and records pages, are followed. A meeting notice names its
 * meeting, which an invitee may open before the IEP is shared with them.
 */
function safeLink(link: string | null): string | null {
  if (!link) return null;
  const iepPage = /^\/ieps\/[0-9a-f-]{36}(\/[a-z-]+)?(\?meeting=[0-9a-f-]{36})?$/.test(link);
  return iepPage || /^\/students\/[0-9a-f-]{36}\/(rights|records)$/.test(link) ? link : null;
}

/**
 * The bell with its popover: the newest notifications, each marked read on its own or all at once.
 * It replaces the plain bell (bell-button.tsx) when someone first opens it, and opens at once: focus
 * moves to the new button first, so closing the popover returns there.
 */
export function NotificationBell({ openAtOnce = false }: { openAtOnce?: boolean }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!openAtOnce) return;
    target.current?.focus();
    setOpened(true);
  }, [openAtOnce]);
  const headingId = useId();
  const client = useApolloClient();
  const unread = useUnreadCount();
  const list = useQuery(BellNotificationsQuery, {
    variables: { first: PAGE },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadMutation);
  // The API answers in the language the reader reads now; a switch asks for the list again in the new one.
  const { refetch: refetchList } = list;
  useEffect(() => {
    if (opened) void refetchList().catch(() => undefined);
    // Only a change of language asks again; opening the bell fetches on its own.
  }, [i18n.language]);
  const items = list.data?.notifications ?? [];

  async function mark(ids: string[]) {
    if (ids.length === 0) return;
    const result = await markRead({ variables: { ids } });
    const now = new Date().toISOString();
    for (const id of ids) {
      client.cache.modify({ id: client.cache.identify({ __typename: 'Notification', id }), fields: { readAt: (value) => value ?? now } });
    }
    if (result.data) client.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: result.data.markNotificationsRead } });
  }

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(24rem, calc(100vw - 2rem))"
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
      // No fade: half-transparent text is hard to read, and the list is what the person asked for.
      transitionProps={{ duration: 0 }}
    >
      <Popover.Target>
        <BellButton ref={target} unread={unread} onClick={() => setOpened((value) => !value)} />
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId}>
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h5" id={headingId}>
              {t('bell.heading')}
            </Title>
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={unread === 0}
              loading={marking}
              onClick={() => void mark(items.filter((n) => !n.readAt).map((n) => n.id))}
            >
              {t('bell.markAllRead')}
            </Button>
          </Group>
          <Text size="sm" aria-live="polite">
            {t('bell.unreadSummary', { count: unread })}
          </Text>
          {list.error && <ErrorAlert title={t('bell.loadError')} error={list.error} onRetry={() => void list.refetch()} />}
          {opened && !list.data && list.loading && <Text size="sm">{t('bell.loading')}</Text>}
          {list.data && items.length === 0 && <Text size="sm">{t('bell.empty')}</Text>}
          {items.length > 0 && (
            <ScrollArea.Autosize mah="60vh" type="auto">
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('bell.listLabel')}>
                {items.map((item) => {
                  const to = safeLink(item.link);
                  return (
                    <li key={item.id}>
                      <Stack gap={4} p="xs" style={{ borderRadius: 4, background: item.readAt ? undefined : 'var(--mantine-color-blue-light)' }}>
                        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                          <Text size="sm" fw={item.readAt ? 400 : 700}>
                            {to ? (
                              // On an unread item's light-blue ground the theme's link blue (blue.8) falls just short of 4.5:1.
                              <Anchor component={Link} to={to} c={item.readAt ? undefined : 'blue.9'} onClick={() => { setOpened(false); if (!item.readAt) void mark([item.id]); }}>
                                {item.title}
                              </Anchor>
                            ) : (
                              item.title
                            )}
                          </Text>
                          {!item.readAt && (
                            <Badge size="sm" color="blue.9" variant="filled" style={{ flexShrink: 0 }}>
                              {t('bell.new')}
                            </Badge>
                          )}
                        </Group>
                        {item.body && <Text size="sm">{item.body}</Text>}
                        <Group justify="space-between" gap="xs">
                          <Text size="xs" c="dimmed">
                            {dateFormat.format(new Date(item.createdAt))}
                          </Text>
                          {!item.readAt && (
                            <Button
                              size="compact-xs"
                              variant="default"
                              aria-label={t('bell.markReadLabel', { title: item.title })}
                              onClick={() => void mark([item.id])}
                            >
                              {t('bell.markRead')}
                            </Button>
                          )}
                        </Group>
                      </Stack>
                    </li>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          )}
          <Anchor component={Link} to="/settings/notifications" size="sm" onClick={() => setOpened(false)}>
            {t('bell.settings')}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
