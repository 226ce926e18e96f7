import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = { iepId: string; current?: 'status' };

/** The way back from a sign-off page: the list, the IEP itself, and its status page. */
export function SignoffNav({ iepId, current }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('signoff.nav.label')} gap="md" mb="md" wrap="wrap">
      <Anchor component={Link} to="/">
        {t('team.back')}
      </Anchor>
      <Anchor component={Link} to={`/ieps/${iepId}`}>
        {t('iep.page.open')}
      </Anchor>
      {current !== 'status' && (
        <Anchor component={Link} to={`/ieps/${iepId}/status`}>
          {t('signoff.nav.status')}
        </Anchor>
      )}
      <Anchor component={Link} to={`/ieps/${iepId}/team`}>
        {t('team.link')}
      </Anchor>
    </Group>
  );
}
