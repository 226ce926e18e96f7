import { NativeSelect, NumberInput } from '@mantine/core';
import { useProgressText } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import type { GoalMeasureKind } from '@iep/web/data-access';

export type EntryMeasure = { kind: GoalMeasureKind; unit: string; trials: number | null; scaleMin: number; scaleMax: number; wholeNumbers: boolean };

type Props = {
  id: string;
  label: string;
  measure: EntryMeasure;
  value: number | '';
  onChange: (value: number | '') => void;
  error?: string;
};

/** A value on a goal's scale: a list for prompt levels and yes/no, a number otherwise (with its range said). */
export function MeasureValueInput({ id, label, measure, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { value: valueText, number } = useProgressText();
  if (measure.kind === 'PROMPT_LEVEL' || measure.kind === 'YES_NO') {
    const options = Array.from({ length: measure.scaleMax - measure.scaleMin + 1 }, (_, i) => measure.scaleMin + i);
    return (
      <NativeSelect
        id={id}
        label={label}
        data={[{ value: '', label: '–' }, ...options.map((option) => ({ value: String(option), label: valueText(measure, option) }))]}
        value={value === '' ? '' : String(value)}
        onChange={(event) => onChange(event.currentTarget.value === '' ? '' : Number(event.currentTarget.value))}
        error={error}
        miw={200}
      />
    );
  }
  return (
    <NumberInput
      id={id}
      label={label}
      description={t('progress.record.valueHelp', { min: number(measure.scaleMin), max: number(measure.scaleMax) })}
      allowDecimal={!measure.wholeNumbers}
      clampBehavior="none"
      inputMode={measure.wholeNumbers ? 'numeric' : 'decimal'}
      maw={200}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
      error={error}
    />
  );
}
