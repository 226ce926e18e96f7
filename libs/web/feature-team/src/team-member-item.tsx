import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '@iep/web/data-access';
import { itemListClasses as classes } from '@iep/web/ui';

export const TeamMemberItemFragment = graphql(`
  fragment TeamMemberItem_member on TeamMember {
    userId
    displayName
    role
    teamRole
    invitedByName
    expiresAt
    isCaseManager
    isGuardian
  }
`);

type Props = {
  member: FragmentType<typeof TeamMemberItemFragment>;
  /** Given when the viewer may take this person off the team. */
  onRemove?: (member: { userId: string; displayName: string }) => void;
};

export function TeamMemberItem(props: Props) {
  const member = getFragmentData(TeamMemberItemFragment, props.member);
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  const removable = props.onRemove && !member.isCaseManager && !member.isGuardian;
  const roleLabel = t(`roles.${member.role}`);
  // "General education teacher" twice in a row says nothing; the account's role shows only when it adds something.
  const details = [
    roleLabel.toLowerCase() === member.teamRole.toLowerCase() ? null : roleLabel,
    member.invitedByName ? t('team.invitedBy', { name: member.invitedByName }) : null,
  ].filter(Boolean);

  return (
    <li className={classes.item}>
      <div className={classes.row}>
        <div className={classes.details}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>{member.displayName}</Text>
            {member.isCaseManager && <Badge color="blue">{t('team.caseManagerBadge')}</Badge>}
          </Group>
          <Text>{member.teamRole}</Text>
          {details.length > 0 && (
            <Text size="sm" c="dimmed">
              {details.join(' · ')}
            </Text>
          )}
          {member.expiresAt && <Text size="sm">{t('team.accessUntil', { date: date(member.expiresAt) })}</Text>}
        </div>
        {removable && (
          <Button
            variant="default"
            size="sm"
            aria-label={t('team.removeLabel', { name: member.displayName })}
            onClick={() => props.onRemove?.({ userId: member.userId, displayName: member.displayName })}
          >
            {t('team.remove')}
          </Button>
        )}
      </div>
    </li>
  );
}
