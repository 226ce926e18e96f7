import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../page-heading';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <Text mb="md">{t('notFound.description')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
