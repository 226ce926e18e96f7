import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldText } from './field-value';
import classes from './iep.module.css';
import { PART_FIELDS, type PartContent } from './part-fields';
import { differingFields, firstChoices, mergeChoices, type ConflictState, type MergeChoice } from './save-outcome';
import { partKind, type PartKindName } from './types';
import { useIepText } from './use-iep-text';

type Props = {
  kind: PartKindName;
  /** The content the person started from; null when unknown (then "mine" is the default everywhere). */
  base: PartContent | null;
  mine: PartContent;
  conflict: ConflictState;
  goalNames: ReadonlyMap<string, string>;
  /** "Mine" is the person's text, or a proposal when merging a suggestion. */
  mineLabel?: string;
  busy: boolean;
  onSave: (merged: PartContent) => void;
  onEdit: (merged: PartContent) => void;
  onCancel: () => void;
};

/**
 * Someone else saved this part first. Every field the two versions disagree on is shown side by side;
 * a field only one side changed starts with that side's text, a field both changed starts with "mine".
 */
export function ConflictView({ kind, base, mine, conflict, goalNames, mineLabel, busy, onSave, onEdit, onCancel }: Props) {
  const { t } = useTranslation();
  const { fieldLabel, optionLabel, date } = useIepText();
  const headingId = useId();
  const fields = PART_FIELDS[partKind(kind)];
  const differing = useMemo(
    () => differingFields(fields, mine, conflict.currentContent),
    [fields, mine, conflict.currentContent],
  );
  const [choices, setChoices] = useState(() => firstChoices(differing, base, mine));
  const merged = useMemo(
    () => mergeChoices(conflict.currentContent, mine, differing, choices),
    [choices, conflict.currentContent, differing, mine],
  );
  const who = conflict.updatedBy?.displayName ?? t('iep.conflict.someone');
  const theirsTitle = t('iep.conflict.theirs', { name: who, version: conflict.currentVersion });
  const mineTitle = mineLabel ?? t('iep.conflict.mine');

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Alert color="red" variant="light" title={<span id={headingId}>{t('iep.conflict.title')}</span>}>
          <Text size="sm">
            {conflict.updatedAt
              ? t('iep.conflict.introAt', { name: who, when: date(conflict.updatedAt) })
              : t('iep.conflict.intro', { name: who })}
          </Text>
        </Alert>
        {differing.length === 0 && <Text>{t('iep.conflict.noDifferences')}</Text>}
        {differing.map((field) => {
          const label = fieldLabel(kind, field.name);
          const labelOf = (value: string) => optionLabel(field.name, value);
          return (
            <Paper key={field.name} withBorder p="sm">
              <Title order={4} size="h5" mb="xs">
                {label}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <div>
                  <Text size="sm" fw={700}>
                    {theirsTitle}
                  </Text>
                  <p className={classes.value}>{fieldText(field, conflict.currentContent, goalNames, labelOf) || t('iep.editor.empty')}</p>
                </div>
                <div>
                  <Text size="sm" fw={700}>
                    {mineTitle}
                  </Text>
                  <p className={classes.value}>{fieldText(field, mine, goalNames, labelOf) || t('iep.editor.empty')}</p>
                </div>
              </SimpleGrid>
              <Radio.Group
                mt="sm"
                label={t('iep.conflict.keep', { field: label })}
                value={choices[field.name] ?? 'mine'}
                onChange={(value) => setChoices((current) => ({ ...current, [field.name]: value as MergeChoice }))}
              >
                <Group gap="md" mt={4}>
                  <Radio value="theirs" label={t('iep.conflict.useTheirs')} />
                  <Radio value="mine" label={mineLabel ? t('iep.conflict.useProposal') : t('iep.conflict.useMine')} />
                </Group>
              </Radio.Group>
            </Paper>
          );
        })}
        <Group gap="sm">
          <Button loading={busy} onClick={() => onSave(merged)}>
            {t('iep.conflict.saveMerged')}
          </Button>
          <Button variant="default" disabled={busy} onClick={() => onEdit(merged)}>
            {t('iep.conflict.editMerged')}
          </Button>
          <Button variant="subtle" disabled={busy} onClick={onCancel}>
            {t('iep.conflict.cancel')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
