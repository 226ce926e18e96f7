import { AppShell, Container } from '@mantine/core';
import { Outlet } from 'react-router';
import { useMe } from '@iep/web/data-access';
import { useHtmlLang, useProfileLanguage } from '../i18n';
import { AppHeader, headerItemsFor } from './app-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import type { HeaderItem } from './web-feature';

/** The three header rows a signed-in person has on a phone leave room for one page link; each further one adds a row. */
function phoneHeaderHeight(items: HeaderItem[], role: string): number {
  const ownRows = headerItemsFor(items, role).filter((item) => item.ownRowOnPhone).length;
  return 132 + 32 * Math.max(0, ownRows - 1);
}

export function AppLayout({ headerItems }: { headerItems: HeaderItem[] }) {
  const { me } = useMe();
  useHtmlLang();
  useProfileLanguage(me?.locale);

  return (
    <AppShell header={{ height: me ? { base: phoneHeaderHeight(headerItems, me.role), sm: 64 } : 64 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <AppHeader person={me} items={headerItems} />
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="md" px={0} py="md">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
