import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ChangePasswordLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/change-password" size="sm" style={{ whiteSpace: 'nowrap' }}>
      {t('account.changePassword')}
    </Anchor>
  );
}
