import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorAlert } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import type { GoalFlagRule } from '@iep/web/data-access';
import { AcknowledgeGoalFlagMutation } from './progress-queries';

type Flag = {
  rule: GoalFlagRule;
  acknowledgment: { note: string; acknowledgedBy: { displayName: string } } | null;
};

type Props = { partId: string; flags: readonly Flag[]; canAcknowledge: boolean; onAcknowledged: () => void };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The decision rules that hold on the goal, in plain words; staff mark each reviewed with a note of what they changed. */
export function FlagList({ partId, flags, canAcknowledge, onAcknowledged }: Props) {
  const { t: typed } = useTranslation();
  const t = typed as unknown as Translate;
  if (flags.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('progress.flag.heading')}>
      {flags.map((flag) => (
        <Alert key={flag.rule} color={flag.acknowledgment ? 'blue' : flag.rule === 'SIX_BEYOND_AIM' ? 'green' : 'red'} variant="light" title={t(`progress.flag.${flag.rule}.title`)}>
          <Stack gap="xs">
            <Text size="sm">{t(`progress.flag.${flag.rule}.body`)}</Text>
            {flag.acknowledgment && (
              <Text size="sm" fs="italic">
                {t('progress.flag.acknowledged', { name: flag.acknowledgment.acknowledgedBy.displayName, note: flag.acknowledgment.note })}
              </Text>
            )}
            {!flag.acknowledgment && canAcknowledge && <AcknowledgeForm partId={partId} rule={flag.rule} onDone={onAcknowledged} />}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}

function AcknowledgeForm({ partId, rule, onDone }: { partId: string; rule: GoalFlagRule; onDone: () => void }) {
  const { t } = useTranslation();
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeGoalFlagMutation);
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (note) => (note.trim() ? null : t('progress.flag.acknowledgeNote')) },
  });
  return (
    <form
      onSubmit={form.onSubmit(async ({ note }) => {
        await acknowledge({ variables: { input: { partId, rule, note } } });
        onDone();
      })}
    >
      <Stack gap="xs">
        <Textarea label={t('progress.flag.acknowledgeNote')} autosize minRows={2} {...form.getInputProps('note')} />
        {error && <ErrorAlert title={t('progress.flag.acknowledge')} error={error} />}
        <Button type="submit" size="sm" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('progress.flag.acknowledgeSave')}
        </Button>
      </Stack>
    </form>
  );
}
