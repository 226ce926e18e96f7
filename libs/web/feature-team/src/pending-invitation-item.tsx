import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '@iep/web/data-access';
import { itemListClasses as classes } from '@iep/web/ui';

export const PendingInvitationItemFragment = graphql(`
  fragment PendingInvitationItem_invitation on TeamInvitation {
    id
    email
    displayName
    role
    teamRole
    invitedByName
    sentAt
    expiresAt
  }
`);

type Props = {
  invitation: FragmentType<typeof PendingInvitationItemFragment>;
  /** Given when the viewer may withdraw the invitation. */
  onWithdraw?: (invitation: { id: string; displayName: string; email: string }) => void;
};

export function PendingInvitationItem(props: Props) {
  const invitation = getFragmentData(PendingInvitationItemFragment, props.invitation);
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));

  return (
    <li className={classes.item}>
      <div className={classes.row}>
        <div className={classes.details}>
          <Text fw={700}>{invitation.displayName}</Text>
          <Text>{invitation.email}</Text>
          <Text>
            {invitation.teamRole} · {t(`roles.${invitation.role}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('team.sentBy', { name: invitation.invitedByName, date: date(invitation.sentAt) })} ·{' '}
            {t('team.linkValidUntil', { date: date(invitation.expiresAt) })}
          </Text>
        </div>
        {props.onWithdraw && (
          <Button
            variant="default"
            size="sm"
            aria-label={t('team.withdrawLabel', { name: invitation.displayName })}
            onClick={() =>
              props.onWithdraw?.({ id: invitation.id, displayName: invitation.displayName, email: invitation.email })
            }
          >
            {t('team.withdraw')}
          </Button>
        )}
      </div>
    </li>
  );
}
