import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading, QueryStatus } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { DiffView, type FieldDiffView, type PartKindName, useIepText } from '@iep/web/feature-drafting';
import { SignoffNav } from './signoff-nav';

const AmendmentChangesQuery = graphql(`
  query SignoffAmendmentChanges($iepId: ID!) {
    iepVersionDiff(iepId: $iepId) {
      fromIepId
      fromVersion
      toIepId
      toVersion
      parts {
        kind
        change
        fromPartId
        toPartId
        fields {
          field
          segments {
            kind
            text
          }
        }
      }
    }
    iep(id: $iepId) {
      id
      kind
      status
      parts {
        id
        kind
        position
        content
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
  }
`);

/**
 * `/ieps/:iepId/amendment-changes`: what an amendment (or annual review) changes in the IEP it was
 * copied from, field by field and word by word.
 */
export function AmendmentChangesRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const { partTitle, partName } = useIepText();
  const { data, loading, error, refetch } = useQuery(AmendmentChangesQuery, {
    variables: { iepId },
    fetchPolicy: 'network-only',
  });
  const diff = data?.iepVersionDiff;
  const name = data?.iepTeam.studentFirstName;

  const names = useMemo(() => {
    const counters: Record<string, number> = {};
    const found = new Map<string, string>();
    for (const part of data?.iep.parts ?? []) {
      const repeatable = part.kind === 'GOAL' || part.kind === 'SERVICE';
      if (repeatable) counters[part.kind] = (counters[part.kind] ?? 0) + 1;
      found.set(
        part.id,
        partName(
          { kind: part.kind as PartKindName, content: part.content },
          repeatable ? counters[part.kind] : undefined,
        ),
      );
    }
    return found;
  }, [data?.iep.parts, partName]);

  return (
    <>
      <PageHeading>
        {name ? t('signoff.changes.heading', { name }) : t('signoff.changes.headingPlain')}
      </PageHeading>
      <SignoffNav iepId={iepId} />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.changes.loadError')} refetch={refetch} />
      {diff && (
        <Stack gap="md">
          <Text>
            {diff.toVersion
              ? t('signoff.changes.introVersion', { from: diff.fromVersion, to: diff.toVersion })
              : t('signoff.changes.introDraft', { from: diff.fromVersion })}
          </Text>
          <Group gap="md" wrap="wrap">
            <Anchor component={Link} to={`/ieps/${diff.fromIepId}/versions/${diff.fromVersion}`}>
              {t('signoff.changes.openFrom', { number: diff.fromVersion })}
            </Anchor>
          </Group>
          {diff.parts.length === 0 ? (
            <Alert color="blue" variant="light">
              {t('signoff.changes.none')}
            </Alert>
          ) : (
            diff.parts.map((part, index) => {
              const kind = part.kind as PartKindName;
              const title = (part.toPartId && names.get(part.toPartId)) || partTitle(kind);
              const headingId = `signoff-change-${index}`;
              const change = part.change === 'ADDED' || part.change === 'REMOVED' ? part.change : 'CHANGED';
              return (
                <Paper
                  key={`${part.fromPartId ?? ''}-${part.toPartId ?? ''}-${index}`}
                  component="section"
                  aria-labelledby={headingId}
                  withBorder
                  p={{ base: 'sm', sm: 'md' }}
                >
                  <Group gap="xs" wrap="wrap" mb="xs">
                    <Title order={2} size="h4" id={headingId}>
                      {title}
                    </Title>
                    <Badge color={change === 'ADDED' ? 'green' : change === 'REMOVED' ? 'red' : 'blue'}>
                      {t(`signoff.changes.change.${change}`)}
                    </Badge>
                  </Group>
                  <DiffView kind={kind} fields={part.fields as readonly FieldDiffView[]} />
                </Paper>
              );
            })
          )}
        </Stack>
      )}
    </>
  );
}
