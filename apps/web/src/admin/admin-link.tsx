import { Anchor, type AnchorProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../session/use-me';

export function isDistrictAdmin(role: string | undefined): boolean {
  return role === 'DISTRICT_ADMIN';
}

/**
 * The header's way into district administration, shown only to the people who may use it. The header
 * places it twice, beside the account actions on wide screens and on a row of its own on a phone.
 */
export function AdminLink(props: Pick<AnchorProps, 'visibleFrom' | 'hiddenFrom'>) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!isDistrictAdmin(me?.role)) return null;
  return (
    <Anchor component={Link} to="/admin/users" size="sm" style={{ whiteSpace: 'nowrap' }} {...props}>
      {t('admin.link')}
    </Anchor>
  );
}
