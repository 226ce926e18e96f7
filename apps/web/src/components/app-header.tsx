import { Anchor, Flex, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminLink } from '../admin/admin-link';
import { ComplianceLink } from '../compliance/compliance-link';
import { NotificationBell } from '../notifications/notification-bell';
import { SignOutButton } from '../session/sign-out-button';
import { LanguageSwitcher } from './language-switcher';

type Props = { displayName: string | null };

/** On a phone the header takes two rows (product and language, then the person), so nothing hides in a menu. */
export function AppHeader({ displayName }: Props) {
  const { t } = useTranslation();
  return (
    <Flex
      h="100%"
      px="md"
      py={{ base: 'xs', sm: 0 }}
      direction={{ base: 'column', sm: 'row' }}
      align={{ base: 'stretch', sm: 'center' }}
      justify="center"
      gap={{ base: 'xs', sm: 'lg' }}
    >
      <Group justify="space-between" wrap="nowrap" style={{ flex: 1 }}>
        <Anchor component={Link} to="/" fw={700} fz="lg" c="var(--mantine-color-text)" underline="hover">
          {t('app.name')}
        </Anchor>
        <LanguageSwitcher />
      </Group>
      {displayName !== null && (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text truncate="end" fw={600}>
            <VisuallyHidden>{t('account.signedInAs')} </VisuallyHidden>
            {displayName}
          </Text>
          {/* On a narrow phone the name gives way (it truncates); the actions keep their full labels. */}
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <NotificationBell />
            <ComplianceLink visibleFrom="sm" />
            <AdminLink visibleFrom="sm" />
            <Anchor component={Link} to="/change-password" size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('account.changePassword')}
            </Anchor>
            <SignOutButton />
          </Group>
        </Group>
      )}
      <ComplianceLink hiddenFrom="sm" />
      <AdminLink hiddenFrom="sm" />
    </Flex>
  );
}
