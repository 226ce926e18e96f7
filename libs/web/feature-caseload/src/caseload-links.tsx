import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeaderItemProps } from '@iep/web/ui';
import { hasOwnCaseload, managesCaseloads } from './caseload-rules';

export { hasOwnCaseload, managesCaseloads };

/** The header's way to the caller's own caseload: teachers and specialists. */
export function MyCaseloadLink(props: HeaderItemProps) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/caseload" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('caseload.link')}
    </Anchor>
  );
}

/** The header's way to the district's caseloads: representatives and administrators. */
export function CaseloadsLink(props: HeaderItemProps) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/caseloads" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('caseload.manage.link')}
    </Anchor>
  );
}
