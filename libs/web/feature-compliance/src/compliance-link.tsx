import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeaderItemProps } from '@iep/web/ui';

export function seesComplianceDashboard(role: string | undefined): boolean {
  return role === 'DISTRICT_REPRESENTATIVE' || role === 'DISTRICT_ADMIN';
}

/** The header's way to the compliance dashboard; the header shows it to the district's representatives and administrators. */
export function ComplianceLink(props: HeaderItemProps) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/compliance" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('compliance.link')}
    </Anchor>
  );
}
