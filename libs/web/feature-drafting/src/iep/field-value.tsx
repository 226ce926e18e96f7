import { Text } from '@mantine/core';
import { useProgressText, type MeasureForText } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import classes from './iep.module.css';
import { goalIdsOf, objectivesOf, type FieldSpec, type PartContent } from './part-fields';
import { useIepText } from './use-iep-text';

type Props = {
  field: FieldSpec;
  content: PartContent;
  /** Names of the IEP's goals by id, for the goals a service supports. */
  goalNames: ReadonlyMap<string, string>;
};

/** One field's value as read text; an empty field says so instead of leaving a gap. */
export function FieldValue({ field, content, goalNames }: Props) {
  const { t } = useTranslation();
  const { optionLabel } = useIepText();
  const { summary } = useProgressText();
  const value = content[field.name];
  const empty = (
    <Text c="dimmed" fs="italic" size="sm">
      {t('iep.editor.empty')}
    </Text>
  );

  switch (field.type) {
    case 'objectives': {
      const objectives = objectivesOf(content);
      if (objectives.length === 0) return empty;
      return (
        <ol style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
          {objectives.map((objective) => (
            <li key={objective.id} className={classes.value}>
              {objective.text}
            </li>
          ))}
        </ol>
      );
    }
    case 'goals': {
      const ids = goalIdsOf(content);
      if (ids.length === 0) return empty;
      return (
        <ul style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
          {ids.map((id) => (
            <li key={id}>{goalNames.get(id) ?? t('iep.editor.removedGoal')}</li>
          ))}
        </ul>
      );
    }
    case 'measure':
      return isMeasure(value) ? <Text>{summary(value)}</Text> : empty;
    case 'choice':
      return typeof value === 'string' && value ? <Text>{optionLabel(field.name, value)}</Text> : empty;
    case 'yesNo':
      return value === true || value === false ? <Text>{value ? t('iep.option.yesNo.yes') : t('iep.option.yesNo.no')}</Text> : empty;
    case 'number':
      if (typeof value !== 'number') return empty;
      return <Text>{field.unit === 'percent' ? t('iep.editor.percentValue', { value }) : t('iep.editor.minutesValue', { value })}</Text>;
    default:
      return typeof value === 'string' && value.trim() ? <p className={classes.value}>{value}</p> : empty;
  }
}

function isMeasure(value: unknown): value is MeasureForText {
  return value !== null && typeof value === 'object' && typeof (value as MeasureForText).kind === 'string';
}

/** The plain text of a field, for side-by-side comparison. */
export function fieldText(field: FieldSpec, content: PartContent, goalNames: ReadonlyMap<string, string>, labelOf: (value: string) => string): string {
  const value = content[field.name];
  if (field.type === 'measure') return isMeasure(value) ? [value.kind, value.baseline, value.target, value.targetDate, value.unit, value.trials ?? ''].join(' ') : '';
  if (field.type === 'objectives') return objectivesOf(content).map((o, i) => `${i + 1}. ${o.text}`).join('\n');
  if (field.type === 'goals') return goalIdsOf(content).map((id) => goalNames.get(id) ?? id).join('\n');
  if (field.type === 'choice') return typeof value === 'string' && value ? labelOf(value) : '';
  if (value === null || value === undefined) return '';
  return String(value);
}
