import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { DiffView } from './diff-view';
import classes from './iep.module.css';
import type { IepPartView, PartDiffView } from './types';
import { useIepText } from './use-iep-text';
import { notify } from './notify';
import { errorText } from '@iep/web/ui';

const ShareIepWithFamilyMutation = graphql(`
  mutation ShareIepWithFamily($iepId: ID!) {
    shareIepWithFamily(iepId: $iepId) {
      id
      sharedWithFamilyAt
    }
  }
`);

/** Moves focus to a part, so a link in a panel takes a keyboard or screen-reader user there too. */
export function goToPart(partId: string) {
  const heading = document.getElementById(`part-${partId}-heading`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

export type QualityIssueView = { code: string; severity: 'ERROR' | 'WARNING'; partId?: string | null; message: string };

/** The checks that keep present levels → goals → services intact, each linking to the part to fix. */
export function QualityPanel({ issues, partNames }: { issues: readonly QualityIssueView[]; partNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { t: text } = useIepText();
  return (
    <Paper component="section" aria-labelledby="iep-quality-heading" withBorder p={{ base: 'sm', sm: 'md' }}>
      <Title order={2} size="h4" id="iep-quality-heading">
        {t('iep.quality.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('iep.quality.help')}
      </Text>
      {issues.length === 0 ? (
        <Text>{t('iep.quality.none')}</Text>
      ) : (
        <ul className={classes.list}>
          {issues.map((issue, index) => {
            const partName = issue.partId ? partNames.get(issue.partId) : undefined;
            return (
              <li key={`${issue.code}-${issue.partId ?? index}`} style={{ paddingBlock: 6 }}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={issue.severity === 'ERROR' ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
                    {t(`iep.quality.severity.${issue.severity}`)}
                  </Badge>
                  <div>
                    <Text size="sm">{text(`iep.quality.code.${issue.code}`, { defaultValue: issue.message })}</Text>
                    {issue.partId && partName && (
                      <Anchor
                        href={`#part-${issue.partId}`}
                        size="sm"
                        onClick={(event) => {
                          event.preventDefault();
                          goToPart(issue.partId!);
                        }}
                      >
                        {t('iep.quality.goTo', { part: partName })}
                      </Anchor>
                    )}
                  </div>
                </Group>
              </li>
            );
          })}
        </ul>
      )}
    </Paper>
  );
}

/** What others changed since this person last opened the IEP, part by part, with the words that changed. */
export function ChangesBanner({
  lastViewedAt,
  changes,
  parts,
  partNames,
  onDismiss,
}: {
  lastViewedAt: string;
  changes: readonly PartDiffView[];
  parts: readonly IepPartView[];
  partNames: ReadonlyMap<string, string>;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { date, partTitle } = useIepText();
  const known = new Set(parts.map((part) => part.id));
  return (
    <Paper component="section" aria-labelledby="iep-changes-heading" withBorder p={{ base: 'sm', sm: 'md' }} bg="var(--mantine-color-blue-0)">
      <Stack gap="sm">
        <Title order={2} size="h4" id="iep-changes-heading">
          {t('iep.changes.heading', { when: date(lastViewedAt) })}
        </Title>
        <Text size="sm">{t('iep.changes.intro', { count: changes.length })}</Text>
        <ul className={classes.list}>
          {changes.map((change) => (
            <li key={change.partId} style={{ paddingBlock: 6 }}>
              <Text fw={700} size="sm">
                {known.has(change.partId) ? (
                  <Anchor
                    href={`#part-${change.partId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      goToPart(change.partId);
                    }}
                  >
                    {partNames.get(change.partId) ?? partTitle(change.kind)}
                  </Anchor>
                ) : (
                  t('iep.changes.removedPart', { part: partTitle(change.kind) })
                )}
                {change.fromVersion === null || change.fromVersion === undefined ? ` (${t('iep.changes.new')})` : ''}
              </Text>
              <DiffView kind={change.kind} fields={change.fields} />
            </li>
          ))}
        </ul>
        <Button size="compact-sm" variant="default" onClick={onDismiss} style={{ alignSelf: 'flex-start' }}>
          {t('iep.changes.dismiss')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The case manager shows the family the draft before the meeting; it stays a draft, and the dialog says so. */
export function ShareWithFamilyButton({ iepId, sharedAt }: { iepId: string; sharedAt: string | null | undefined }) {
  const { t } = useTranslation();
  const { date } = useIepText();
  const [opened, setOpened] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [share, { loading }] = useMutation(ShareIepWithFamilyMutation);

  async function confirm() {
    setFailure(null);
    try {
      await share({ variables: { iepId } });
      setOpened(false);
      notify(sharedAt ? t('iep.share.againDone') : t('iep.share.done'));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <>
      <Group gap="sm" wrap="wrap">
        <Button variant="light" onClick={() => setOpened(true)}>
          {sharedAt ? t('iep.share.again') : t('iep.share.button')}
        </Button>
        {sharedAt && <Text size="sm">{t('iep.share.sharedAt', { when: date(sharedAt) })}</Text>}
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('iep.share.title')} centered closeButtonProps={{ 'aria-label': t('iep.editor.cancel') }}>
        <Stack gap="md">
          <Alert color="blue" variant="light" title={t('iep.share.draftNoteTitle')}>
            {t('iep.share.draftNote')}
          </Alert>
          <Text>{sharedAt ? t('iep.share.againBody', { when: date(sharedAt) }) : t('iep.share.body')}</Text>
          {failure && (
            <Alert color="red" variant="light" title={t('iep.share.failed')}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('iep.editor.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              {sharedAt ? t('iep.share.againConfirm') : t('iep.share.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
