import { Button, Checkbox, Group, NativeSelect, NumberInput, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MeasureInput } from './measure-input';
import { goalIdsOf, objectivesOf, PART_FIELDS, type FieldSpec, type PartContent } from './part-fields';
import { partKind, type PartKindName } from './types';
import { useIepText } from './use-iep-text';

type Props = {
  kind: PartKindName;
  values: PartContent;
  onChange: (values: PartContent) => void;
  /** The form's errors, by the path of the content they concern (contentErrors). */
  errors: Readonly<Record<string, ReactNode>>;
  /** The IEP's goals, which a service can name as the ones it supports. */
  goals: readonly { id: string; name: string }[];
  /** Prefix for element ids, so several forms on one page never share one. */
  idPrefix: string;
};

function newObjectiveId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `o-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The inputs of one part, built from its content shape; each has a label and a plain-language hint. */
export function PartFieldInputs({ kind, values, onChange, errors, goals, idPrefix }: Props) {
  return (
    <Stack gap="md">
      {PART_FIELDS[partKind(kind)].map((field) => (
        <FieldInput
          key={field.name}
          kind={kind}
          field={field}
          values={values}
          onChange={onChange}
          errors={errors}
          goals={goals}
          idPrefix={idPrefix}
        />
      ))}
    </Stack>
  );
}

function FieldInput({ kind, field, values, onChange, errors, goals, idPrefix }: Props & { field: FieldSpec }) {
  const { t } = useTranslation();
  const { fieldLabel, fieldHelp, optionLabel } = useIepText();
  const label = fieldLabel(kind, field.name);
  const description = fieldHelp(kind, field.name);
  const id = `${idPrefix}-${field.name}`;
  const groupId = useId();
  const set = (value: unknown) => onChange({ ...values, [field.name]: value });
  const problemAt = (path: string) => errors[path];
  const value = values[field.name];
  // A number below the field's minimum is refused where it is typed: dropping the minus sign of "-5" and
  // saving 5 changed what the person meant without a word.
  const belowMinimum = field.type === 'number' && typeof value === 'number' && field.min !== undefined && value < field.min;
  const error = belowMinimum ? t('iep.problem.tooSmallNumber', { min: field.min }) : problemAt(field.name);

  switch (field.type) {
    case 'text':
      return (
        <TextInput
          id={id}
          label={label}
          description={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value)}
          error={error}
        />
      );
    case 'longText':
      return (
        <Textarea
          id={id}
          label={label}
          description={description}
          autosize
          minRows={2}
          maxRows={14}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value)}
          error={error}
        />
      );
    case 'number':
      return (
        <NumberInput
          id={id}
          label={label}
          description={description}
          min={field.min}
          max={field.max}
          allowDecimal={field.unit === 'percent'}
          // Mantine clamps on blur by default: "-5" became 0 when the person clicked Save. It stays as typed and is refused.
          clampBehavior="none"
          suffix={field.unit === 'percent' ? ' %' : undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => set(typeof next === 'number' ? next : next === '' ? null : Number(next))}
          error={error}
          maw={240}
        />
      );
    case 'date':
      return (
        <TextInput
          id={id}
          type="date"
          label={label}
          description={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value || null)}
          error={error}
          maw={240}
        />
      );
    case 'choice':
      return (
        <NativeSelect
          id={id}
          label={label}
          description={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value || null)}
          data={[
            ...(field.nullable ? [{ value: '', label: t('iep.option.notDecided') }] : []),
            ...field.options.map((option) => ({ value: option, label: optionLabel(field.name, option) })),
          ]}
          error={error}
        />
      );
    case 'yesNo':
      return (
        <Radio.Group
          id={id}
          label={label}
          description={description}
          value={value === true ? 'yes' : value === false ? 'no' : 'unknown'}
          onChange={(next) => set(next === 'yes' ? true : next === 'no' ? false : null)}
          error={error}
        >
          <Group mt="xs" gap="md">
            <Radio value="yes" label={t('iep.option.yesNo.yes')} />
            <Radio value="no" label={t('iep.option.yesNo.no')} />
            <Radio value="unknown" label={t('iep.option.notDecided')} />
          </Group>
        </Radio.Group>
      );
    case 'goals':
      return goals.length === 0 ? (
        <div>
          <Text fw={500} size="sm">
            {label}
          </Text>
          <Text size="sm" c="dimmed">
            {t('iep.editor.noGoalsYet')}
          </Text>
        </div>
      ) : (
        <Checkbox.Group
          id={id}
          label={label}
          description={description}
          value={goalIdsOf(values)}
          onChange={(next) => set(next)}
          error={error}
        >
          <Stack mt="xs" gap="xs">
            {goals.map((goal) => (
              <Checkbox key={goal.id} value={goal.id} label={goal.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'measure':
      return <MeasureInput id={id} label={label} description={description} value={value} onChange={set} errors={errors} />;
    case 'objectives': {
      const objectives = objectivesOf(values);
      return (
        <fieldset id={id} aria-describedby={`${groupId}-help`} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <legend style={{ fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', padding: 0 }}>{label}</legend>
          <Text id={`${groupId}-help`} size="xs" c="dimmed" mb="xs">
            {description}
          </Text>
          <Stack gap="sm">
            {objectives.map((objective, index) => (
              <Stack key={objective.id} gap={4}>
                <Textarea
                  id={`${id}-${index}`}
                  label={t('iep.editor.objectiveNumber', { number: index + 1 })}
                  autosize
                  minRows={1}
                  maxRows={8}
                  value={objective.text}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    set(objectives.map((o, i) => (i === index ? { ...o, text } : o)));
                  }}
                  error={problemAt(`objectives.${index}.text`)}
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => set(objectives.filter((_, i) => i !== index))}
                >
                  {t('iep.editor.removeObjective', { number: index + 1 })}
                </Button>
              </Stack>
            ))}
            {objectives.length < 20 && (
              <Button
                variant="default"
                size="sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => set([...objectives, { id: newObjectiveId(), text: '' }])}
              >
                {t('iep.editor.addObjective')}
              </Button>
            )}
            {error && (
              <Text c="red.9" size="sm">
                {error}
              </Text>
            )}
          </Stack>
        </fieldset>
      );
    }
  }
}
