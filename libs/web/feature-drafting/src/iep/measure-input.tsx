import { Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useProgressText } from '@iep/web/ui';
import { GoalMeasureKind, measureScale, type GoalMeasure } from '@iep/domain/progress';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  id: string;
  label: string;
  description: string;
  value: unknown;
  onChange: (value: GoalMeasure | null) => void;
  /** The part form's errors, by path: this input shows those under 'measure.'. */
  errors: Readonly<Record<string, ReactNode>>;
};

const KINDS = Object.values(GoalMeasureKind);

/** A new measure of a kind: empty numbers the person fills in, and the trials a TRIALS goal needs. */
function startMeasure(kind: GoalMeasureKind, previous: Partial<GoalMeasure> | null): GoalMeasure {
  return {
    kind, baseline: previous?.baseline ?? (null as unknown as number), target: previous?.target ?? (null as unknown as number),
    targetDate: previous?.targetDate ?? '', unit: previous?.unit ?? '', trials: kind === GoalMeasureKind.Trials ? previous?.trials ?? 10 : null,
  };
}

/**
 * The goal's progress measure: its kind, the baseline and target on that kind's scale, and the date. The
 * same schema as the server (GoalMeasure in @iep/domain/progress) checks it; problems show in place.
 */
export function MeasureInput({ id, label, description, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const { kindLabel } = useProgressText();
  const measure = value && typeof value === 'object' ? (value as GoalMeasure) : null;
  const set = (patch: Partial<GoalMeasure>) => measure && onChange({ ...measure, ...patch });
  const problemAt = (field: string) => errors[`measure.${field}`];
  const scale = measure ? measureScale(measure) : null;
  const numberInput = (field: 'baseline' | 'target', text: string) => (
    <NumberInput
      id={`${id}-${field}`}
      label={text}
      min={scale?.min}
      max={scale?.max}
      allowDecimal={!scale?.whole}
      clampBehavior="none"
      value={typeof measure?.[field] === 'number' ? measure[field] : ''}
      onChange={(next) => set({ [field]: typeof next === 'number' ? next : next === '' ? null : Number(next) } as Partial<GoalMeasure>)}
      error={problemAt(field)}
      maw={220}
    />
  );

  return (
    <fieldset id={id} aria-describedby={`${id}-help`} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', padding: 0 }}>{label}</legend>
      <Text id={`${id}-help`} size="xs" c="dimmed" mb="xs">
        {description}
      </Text>
      <Stack gap="sm">
        <NativeSelect
          id={`${id}-kind`}
          label={t('progress.measure.kind')}
          value={measure?.kind ?? ''}
          onChange={(event) => {
            const kind = event.currentTarget.value as GoalMeasureKind | '';
            onChange(kind ? startMeasure(kind, measure) : null);
          }}
          data={[{ value: '', label: t('progress.measure.notChosen') }, ...KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))]}
          maw={360}
        />
        {measure && (
          <>
            {measure.kind === GoalMeasureKind.Trials && (
              <NumberInput
                id={`${id}-trials`}
                label={t('progress.measure.trials')}
                min={1}
                max={1000}
                allowDecimal={false}
                clampBehavior="none"
                value={measure.trials ?? ''}
                onChange={(next) => set({ trials: typeof next === 'number' ? next : null })}
                error={problemAt('trials')}
                maw={220}
              />
            )}
            {(measure.kind === GoalMeasureKind.Rate || measure.kind === GoalMeasureKind.Duration) && (
              <TextInput
                id={`${id}-unit`}
                label={t('progress.measure.unit')}
                description={t('progress.measure.unitHelp')}
                value={measure.unit}
                onChange={(event) => set({ unit: event.currentTarget.value })}
                error={problemAt('unit')}
                maw={360}
              />
            )}
            <Group align="flex-start" gap="md">
              {numberInput('baseline', t('progress.measure.baseline'))}
              {numberInput('target', t('progress.measure.target'))}
              <TextInput
                id={`${id}-targetDate`}
                type="date"
                label={t('progress.measure.targetDate')}
                value={measure.targetDate}
                onChange={(event) => set({ targetDate: event.currentTarget.value })}
                error={problemAt('targetDate')}
                maw={220}
              />
            </Group>
          </>
        )}
      </Stack>
    </fieldset>
  );
}
