import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '@iep/web/data-access';
import { ConfirmDialog, errorText, itemListClasses as classes, PageHeading, PageLinks, QueryStatus } from '@iep/web/ui';
import { InviteForm } from './invite-form';
import { PendingInvitationItem } from './pending-invitation-item';
import { TeamMemberItem } from './team-member-item';

const IepTeamQuery = graphql(`
  query IepTeam($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
      viewerCanManage
      invitableRoles
      members {
        userId
        ...TeamMemberItem_member
      }
      pendingInvitations {
        id
        ...PendingInvitationItem_invitation
      }
    }
  }
`);

const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {
    removeTeamMember(iepId: $iepId, userId: $userId)
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId)
  }
`);

type Pending =
  | { kind: 'remove'; userId: string; displayName: string }
  | { kind: 'withdraw'; id: string; displayName: string; email: string };

/** `/ieps/:iepId/team`: who is on the team, who is invited, and — for those allowed — inviting and removing. */
export function IepTeamRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IepTeamQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  const [removeMember, removal] = useMutation(RemoveTeamMemberMutation);
  const [revokeInvitation, revocation] = useMutation(RevokeInvitationMutation);
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const team = data?.iepTeam;

  async function confirm() {
    if (!pending) return;
    setFailure(null);
    try {
      if (pending.kind === 'remove') await removeMember({ variables: { iepId, userId: pending.userId } });
      else await revokeInvitation({ variables: { invitationId: pending.id } });
    } catch (caught) {
      setFailure(errorText(t, caught));
      return;
    }
    const message =
      pending.kind === 'remove'
        ? t('team.removed', { name: pending.displayName })
        : t('team.withdrawn', { name: pending.displayName });
    setPending(null);
    await refetch();
    notifications.show({ color: 'green', message });
    // The button that opened the dialog is gone; the list it was in is the next sensible place.
    membersHeading.current?.focus();
  }

  function cancel() {
    setPending(null);
    setFailure(null);
  }

  const heading = team ? t('team.heading', { name: team.studentFirstName }) : t('team.headingPlain');

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      {data?.iep && (
        <Text mb="md">
          {t(`iep.kind.${data.iep.kind}`)} · {t(`iep.status.${data.iep.status}`)}
        </Text>
      )}
      <PageLinks
        mb="lg"
        links={[
          { to: '/', label: t('team.back') },
          { to: `/ieps/${iepId}`, label: t('iep.page.open') },
          { to: `/ieps/${iepId}/meeting`, label: t('meetings.link') },
          { to: `/ieps/${iepId}/services`, label: t('services.link') },
        ]}
      />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('team.loadErrorTitle')} refetch={refetch} />
      {team && (
        <Stack gap="xl">
          <section aria-labelledby="team-members-heading">
            <Title order={2} size="h3" id="team-members-heading" ref={membersHeading} tabIndex={-1} mb="xs">
              {t('team.membersHeading')}
            </Title>
            <ul className={classes.list}>
              {team.members.map((member) => (
                <TeamMemberItem
                  key={member.userId}
                  member={member}
                  onRemove={team.viewerCanManage ? (who) => setPending({ kind: 'remove', ...who }) : undefined}
                />
              ))}
            </ul>
          </section>

          {(team.viewerCanManage || team.pendingInvitations.length > 0) && (
            <section aria-labelledby="team-pending-heading">
              <Title order={2} size="h3" id="team-pending-heading" mb="xs">
                {t('team.pendingHeading')}
              </Title>
              {team.pendingInvitations.length === 0 ? (
                <Text>{t('team.noPending')}</Text>
              ) : (
                <ul className={classes.list}>
                  {team.pendingInvitations.map((invitation) => (
                    <PendingInvitationItem
                      key={invitation.id}
                      invitation={invitation}
                      onWithdraw={team.viewerCanManage ? (which) => setPending({ kind: 'withdraw', ...which }) : undefined}
                    />
                  ))}
                </ul>
              )}
            </section>
          )}

          {team.invitableRoles.length > 0 && (
            <section aria-labelledby="team-invite-heading">
              <Title order={2} size="h3" id="team-invite-heading" mb="xs">
                {t('team.inviteHeading')}
              </Title>
              <Text mb="md">{team.viewerCanManage ? t('team.inviteIntroManager') : t('team.inviteIntroParent')}</Text>
              <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={560}>
                <InviteForm iepId={team.iepId} roles={team.invitableRoles} onInvited={refetch} />
              </Paper>
            </section>
          )}
        </Stack>
      )}

      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'withdraw'
            ? t('team.withdrawTitle', { name: pending.displayName })
            : t('team.removeTitle', { name: pending?.displayName ?? '' })
        }
        body={
          pending?.kind === 'withdraw'
            ? t('team.withdrawBody', { email: pending.email })
            : t('team.removeBody', { name: pending?.displayName ?? '' })
        }
        confirmLabel={pending?.kind === 'withdraw' ? t('team.withdrawConfirm') : t('team.removeConfirm')}
        busy={removal.loading || revocation.loading}
        failure={failure}
        onConfirm={() => void confirm()}
        onCancel={cancel}
      />
    </>
  );
}
