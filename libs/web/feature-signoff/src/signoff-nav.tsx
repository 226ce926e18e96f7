import { PageLinks } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';

type Props = { iepId: string; current?: 'status' };

/** The way back from a sign-off page: the list, the IEP itself, and its status page. */
export function SignoffNav({ iepId, current }: Props) {
  const { t } = useTranslation();
  return (
    <PageLinks
      label={t('signoff.nav.label')}
      links={[
        { to: '/', label: t('team.back') },
        { to: `/ieps/${iepId}`, label: t('iep.page.open') },
        current !== 'status' && { to: `/ieps/${iepId}/status`, label: t('signoff.nav.status') },
        { to: `/ieps/${iepId}/team`, label: t('team.link') },
      ]}
    />
  );
}
