import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { DiffView } from './diff-view';
import classes from './iep.module.css';
import type { PartKindName } from './types';
import { useIepText } from './use-iep-text';

const IepPartRevisionsQuery = graphql(`
  query IepPartRevisions($partId: ID!, $first: Int!, $after: String) {
    iepPartRevisions(partId: $partId, first: $first, after: $after) {
      nodes {
        id
        partId
        version
        change
        createdAt
        suggestionId
        author {
          id
          displayName
        }
      }
      hasMore
      endCursor
    }
  }
`);

const IepPartDiffQuery = graphql(`
  query IepPartDiff($partId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    iepPartDiff(partId: $partId, fromVersion: $fromVersion, toVersion: $toVersion) {
      ...IepPartDiffFields @unmask
    }
  }
`);

const PAGE = 10;

type Props = {
  opened: boolean;
  onClose: () => void;
  partId: string;
  kind: PartKindName;
  partName: string;
  currentVersion: number;
};

/** A part's versions, newest first and a page at a time, and the word diff between any two of them. */
export function HistoryDrawer({ opened, onClose, partId, kind, partName, currentVersion }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={<Title order={2} size="h4">{t('iep.history.title', { part: partName })}</Title>}
      closeButtonProps={{ 'aria-label': t('iep.history.close') }}
    >
      {opened && <HistoryBody partId={partId} kind={kind} currentVersion={currentVersion} />}
    </Drawer>
  );
}

function HistoryBody({ partId, kind, currentVersion }: { partId: string; kind: PartKindName; currentVersion: number }) {
  const { t } = useTranslation();
  const { date } = useIepText();
  const { data, loading, error, refetch, fetchMore } = useQuery(IepPartRevisionsQuery, {
    variables: { partId, first: PAGE },
    fetchPolicy: 'network-only',
  });
  const [from, setFrom] = useState(Math.max(1, currentVersion - 1));
  const [to, setTo] = useState(currentVersion);
  const [loadingMore, setLoadingMore] = useState(false);
  const revisions = data?.iepPartRevisions.nodes ?? [];

  useEffect(() => {
    setTo(currentVersion);
  }, [currentVersion]);

  async function loadMore() {
    const after = data?.iepPartRevisions.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          iepPartRevisions: {
            ...fetchMoreResult.iepPartRevisions,
            nodes: [...(previous.iepPartRevisions?.nodes ?? []), ...fetchMoreResult.iepPartRevisions.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorAlert title={t('iep.history.loadError')} error={error} onRetry={() => void refetch()} />;

  const versionOptions = revisions.map((revision) => ({
    value: String(revision.version),
    label: t('iep.history.versionOption', { version: revision.version, when: date(revision.createdAt) }),
  }));

  return (
    <Stack gap="lg">
      <section aria-labelledby="history-compare-heading">
        <Title order={3} size="h5" id="history-compare-heading" mb="xs">
          {t('iep.history.compareHeading')}
        </Title>
        {revisions.length < 2 ? (
          <Text size="sm">{t('iep.history.onlyOne')}</Text>
        ) : (
          <Stack gap="sm">
            <Group grow wrap="wrap" align="flex-end">
              <NativeSelect label={t('iep.history.from')} value={String(from)} onChange={(e) => setFrom(Number(e.currentTarget.value))} data={versionOptions} miw={200} />
              <NativeSelect label={t('iep.history.to')} value={String(to)} onChange={(e) => setTo(Number(e.currentTarget.value))} data={versionOptions} miw={200} />
            </Group>
            <VersionDiff partId={partId} kind={kind} from={Math.min(from, to)} to={Math.max(from, to)} />
          </Stack>
        )}
      </section>
      <section aria-labelledby="history-list-heading">
        <Title order={3} size="h5" id="history-list-heading" mb="xs">
          {t('iep.history.versionsHeading')}
        </Title>
        <ol className={classes.list}>
          {revisions.map((revision) => (
            <li key={revision.id} style={{ paddingBlock: 6, borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <Text size="sm" fw={700}>
                {t('iep.history.version', { version: revision.version })} · {t(`iep.history.change.${revision.change}`)}
              </Text>
              <Text size="sm">
                {revision.author ? t('iep.history.byAt', { name: revision.author.displayName, when: date(revision.createdAt) }) : date(revision.createdAt)}
              </Text>
            </li>
          ))}
        </ol>
        {data?.iepPartRevisions.hasMore && (
          <Button mt="sm" variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('iep.history.loadMore')}
          </Button>
        )}
      </section>
    </Stack>
  );
}

export function VersionDiff({ partId, kind, from, to }: { partId: string; kind: PartKindName; from: number; to: number }) {
  const { t } = useTranslation();
  const same = from === to;
  const { data, error, loading, refetch } = useQuery(IepPartDiffQuery, { variables: { partId, fromVersion: from, toVersion: to }, skip: same });
  if (same) return <Text size="sm">{t('iep.history.pickTwo')}</Text>;
  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorAlert title={t('iep.history.diffError')} error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <div aria-live="polite">
      <Text size="sm" mb="xs">
        {t('iep.history.diffIntro', { from, to })}
      </Text>
      <DiffView kind={kind} fields={data.iepPartDiff.fields} />
    </div>
  );
}
