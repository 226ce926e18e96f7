import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './iep.module.css';
import { graphql } from '@iep/web/data-access';
import type { FieldDiffView, PartKindName } from './types';
import { useIepText } from './use-iep-text';

/**
 * A part's word diff as this view shows it. Queries spread it with `@unmask`, so their results keep the
 * fields (the directive stays in the browser; Apollo removes it before sending).
 */
graphql(`
  fragment IepPartDiffFields on IepPartDiff {
    partId
    kind
    fromVersion
    toVersion
    fields {
      field
      segments {
        kind
        text
      }
    }
  }
`);

type Props = { kind: PartKindName; fields: readonly FieldDiffView[] };

/**
 * A word-level diff, field by field: added words in <ins>, removed in <del>, each also announced in words,
 * so neither a screen reader nor a reader who cannot tell the colours apart misses a change.
 */
export function DiffView({ kind, fields }: Props) {
  const { t } = useTranslation();
  const { pathLabel } = useIepText();
  if (fields.length === 0) return <Text size="sm">{t('iep.diff.noChanges')}</Text>;
  return (
    <Stack gap="xs">
      {fields.map((field) => (
        <div key={field.field}>
          <Text size="sm" fw={700}>
            {pathLabel(kind, field.field)}
          </Text>
          <p className={classes.diff}>
            {field.segments.map((segment, index) => {
              if (segment.kind === 'ADDED')
                return (
                  <ins key={index}>
                    <VisuallyHidden>{t('iep.diff.addedStart')}</VisuallyHidden>
                    {segment.text}
                    <VisuallyHidden>{t('iep.diff.addedEnd')}</VisuallyHidden>
                  </ins>
                );
              if (segment.kind === 'REMOVED')
                return (
                  <del key={index}>
                    <VisuallyHidden>{t('iep.diff.removedStart')}</VisuallyHidden>
                    {segment.text}
                    <VisuallyHidden>{t('iep.diff.removedEnd')}</VisuallyHidden>
                  </del>
                );
              return <span key={index}>{segment.text}</span>;
            })}
          </p>
        </div>
      ))}
      <Text size="xs" c="dimmed">
        {t('iep.diff.legend')}
      </Text>
    </Stack>
  );
}
