import { Anchor, type AnchorProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../session/use-me';

export function seesComplianceDashboard(role: string | undefined): boolean {
  return role === 'DISTRICT_REPRESENTATIVE' || role === 'DISTRICT_ADMIN';
}

/** The header's way to the compliance dashboard, for the district's representatives and administrators. */
export function ComplianceLink(props: Pick<AnchorProps, 'visibleFrom' | 'hiddenFrom'>) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!seesComplianceDashboard(me?.role)) return null;
  return (
    <Anchor component={Link} to="/compliance" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('compliance.link')}
    </Anchor>
  );
}
