import type { TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmailField } from '@iep/web/ui';

/** The address a person signs in with: the password manager fills it in as the account's name. */
export function AccountEmailField(props: Omit<TextInputProps, 'label'>) {
  const { t } = useTranslation();
  return <EmailField label={t('signIn.email')} inputMode="email" autoComplete="username" required {...props} />;
}
