import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading, QueryStatus } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { AcceptInvitationForm } from './accept-invitation-form';
import { invitationClosedReason, type InvitationClosedReason } from './invitation-errors';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      studentFirstName
      inviterName
      teamRole
      role
      email
      displayName
      needsPassword
      expiresAt
    }
  }
`);

/** Opened from the link in an invitation e-mail: `/invitation?token=…`. Needs no sign-in. */
export function InvitationRoute() {
  const { t, i18n } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const { data, loading, error, refetch } = useQuery(InvitationQuery, { variables: { token }, skip: !token });
  const [closedWhileOpen, setClosedWhileOpen] = useState<InvitationClosedReason | null>(null);
  const invitation = data?.invitation;
  const closed = closedWhileOpen ?? (token ? invitationClosedReason(error) : 'UNKNOWN');
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));

  return (
    <Stack maw={480} mx="auto" gap="md">
      <PageHeading>
        {invitation && !closed ? t('invitation.heading', { name: invitation.studentFirstName }) : t('invitation.headingPlain')}
      </PageHeading>
      {closed ? (
        <Alert color="red" variant="light" title={t('invitation.closedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t(`invitation.closed.${closed}`)}</Text>
            <Anchor component={Link} to="/sign-in" size="sm">
              {t('invitation.signIn')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <>
          <QueryStatus data={data} loading={loading} error={error} errorTitle={t('invitation.loadErrorTitle')} refetch={refetch} />
          {invitation && (
            <>
              <Text>
                {t('invitation.intro', { inviter: invitation.inviterName, name: invitation.studentFirstName, teamRole: invitation.teamRole })}
              </Text>
              <List spacing={4}>
                <List.Item>{t('invitation.role', { role: t(`roles.${invitation.role}`) })}</List.Item>
                <List.Item>{t('invitation.account', { email: invitation.email })}</List.Item>
                <List.Item>{t('invitation.validUntil', { date: date(invitation.expiresAt) })}</List.Item>
              </List>
              <Text>{invitation.needsPassword ? t('invitation.newAccountIntro') : t('invitation.existingAccountIntro')}</Text>
              <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
                <AcceptInvitationForm
                  token={token}
                  email={invitation.email}
                  displayName={invitation.displayName}
                  needsPassword={invitation.needsPassword}
                  onClosed={setClosedWhileOpen}
                />
              </Paper>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
