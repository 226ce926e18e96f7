import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The page's h1. It also names the browser tab, and after a client-side navigation it takes focus, so a
 * screen reader announces the new page the way it would after a full page load.
 */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    // 'default' is the location the page loaded on; focus stays where the browser put it.
    if (key !== 'default') ref.current?.focus();
  }, [key]);

  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" size="h2">
      {children}
    </Title>
  );
}
