import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';

const SECTIONS = ['users', 'students', 'schools', 'roster'] as const;

/** The administration pages and the job queues, one link each; NavLink marks the current one with aria-current. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <Group component="nav" aria-label={t('admin.nav.label')} gap="xs" mb="lg">
        {SECTIONS.map((section) => {
          const to = `/admin/${section}`;
          return (
            <Button
              key={section}
              component={NavLink}
              to={to}
              size="sm"
              variant={pathname.startsWith(to) ? 'filled' : 'default'}
            >
              {t(`admin.nav.${section}`)}
            </Button>
          );
        })}
        <Button
          component={NavLink}
          to="/admin/calendar"
          size="sm"
          variant={pathname.startsWith('/admin/calendar') ? 'filled' : 'default'}
        >
          {t('schoolCalendar.nav')}
        </Button>
        <Button
          component={NavLink}
          to="/admin/mail"
          size="sm"
          variant={pathname.startsWith('/admin/mail') ? 'filled' : 'default'}
        >
          {t('admin.nav.mail')}
        </Button>
        <Button
          component={NavLink}
          to="/admin/rules"
          size="sm"
          variant={pathname.startsWith('/admin/rules') ? 'filled' : 'default'}
        >
          {t('ruleProfiles.nav')}
        </Button>
        {/* Served by the API, not the React app: a full page load, behind the same sign-in. */}
        <Anchor href="/admin/queues" size="sm" ml="xs">
          {t('schoolCalendar.queuesLink')}
        </Anchor>
      </Group>
      <Outlet />
    </>
  );
}
