import { AppShell, Container } from '@mantine/core';
import { Outlet } from 'react-router';
import { isDistrictAdmin } from '../admin/admin-link';
import { AppHeader } from '../components/app-header';
import { MAIN_CONTENT_ID, SkipLink } from '../components/skip-link';
import { useHtmlLang } from '../i18n';
import { useMe } from '../session/use-me';
import { useProfileLanguage } from '../session/use-profile-language';

export function AppLayout() {
  const { me } = useMe();
  useHtmlLang();
  useProfileLanguage(me?.locale);

  return (
    // On a phone an administrator's header has a third row, for the link to administration.
    <AppShell
      header={{ height: me ? { base: isDistrictAdmin(me.role) ? 136 : 104, sm: 64 } : 64 }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader displayName={me?.displayName ?? null} />
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="md" px={0} py="md">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
