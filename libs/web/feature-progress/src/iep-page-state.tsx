import { Anchor } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '@iep/web/data-access';
import { ErrorAlert, LoadingState, NotFoundRoute, PageHeading } from '@iep/web/ui';

/**
 * What an IEP's progress page shows before it has its data: loading, not found (also for an IEP the caller may
 * not see), or the refusal with a retry. Null once the data is there.
 */
export function iepPageState(query: { loading: boolean; error?: Error; data: unknown; refetch: () => unknown }, errorTitle: string): ReactElement | null {
  if (query.loading && !query.data) return <LoadingState />;
  if (query.error && !query.data) {
    if (errorCode(query.error) === 'NOT_FOUND') return <NotFoundRoute />;
    return <ErrorAlert title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <NotFoundRoute />;
  return null;
}

/** The way back to the IEP, then the page's heading. */
export function IepPageHeading({ iepId, children }: { iepId: string; children: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/ieps/${iepId}`} size="sm">
        {t('progress.page.back')}
      </Anchor>
      <PageHeading>{children}</PageHeading>
    </>
  );
}
