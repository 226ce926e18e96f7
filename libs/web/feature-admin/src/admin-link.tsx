import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeaderItemProps } from '@iep/web/ui';

export function isDistrictAdmin(role: string | undefined): boolean {
  return role === 'DISTRICT_ADMIN';
}

/** The header's way into district administration; the header shows it only to district administrators. */
export function AdminLink(props: HeaderItemProps) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/admin/users" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('admin.link')}
    </Anchor>
  );
}
