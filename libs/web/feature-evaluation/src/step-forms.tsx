import { Checkbox, FileInput, NativeSelect, Radio, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  checkChildProduced, checkConsent, checkDelay, checkEligibility, checkPastDate, checkPlan, checkReportFile, DISABILITY_CATEGORIES, EVALUATION_AREAS, EVALUATION_DELAY_REASONS,
  REPORT_FILE_TYPES, type EvaluationArea,
} from '@iep/domain';
import { graphql, type DisabilityCategory, type EvaluationDelayReason } from '@iep/web/data-access';
import type { EvaluationView, EvaluationsView } from './evaluation-types';
import { factsOf } from './evaluation-rules';
import { StepForm } from './step-form';
import { todayIso, useRefusalText, useStep, useStepForm } from './use-step';

const PaperConsentMutation = graphql(`
  mutation RecordPaperConsentToEvaluate($input: RecordPaperConsentInput!) {
    recordPaperConsentToEvaluate(input: $input) {
      studentId
    }
  }
`);

export function PaperConsentForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const { form, send: record } = useStepForm(PaperConsentMutation, { consentOn: todayIso() }, {
    consentOn: (value) => checkConsent(factsOf(evaluation), value, todayIso()),
  });
  return (
    <StepForm
      title={t('evaluation.consent.paperTitle')}
      submitLabel={t('evaluation.consent.paperSubmit')}
      form={form}
      onSubmit={() => record({ input: { evaluationId: evaluation.id, consentOn: form.values.consentOn } })}
    >
      <TextInput type="date" label={t('evaluation.consent.paperDate')} required {...form.getInputProps('consentOn')} />
    </StepForm>
  );
}

const PlanMutation = graphql(`
  mutation PlanEvaluation($input: PlanEvaluationInput!) {
    planEvaluation(input: $input) {
      studentId
    }
  }
`);

export function PlanForm({ view, evaluation }: { view: EvaluationsView; evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const refusal = useRefusalText();
  const plan = useStep(PlanMutation);
  const first = view.assessorOptions[0]?.id ?? '';
  type Values = Record<EvaluationArea, { chosen: boolean; assessorId: string }>;
  const areasOf = (values: Values) =>
    EVALUATION_AREAS.filter((area) => values[area].chosen).map((area) => ({ area, assessorId: values[area].assessorId }));
  const form = useForm<Values>({
    initialValues: Object.fromEntries(
      EVALUATION_AREAS.map((area) => {
        const planned = evaluation.plan.find((p) => p.area === area);
        return [area, { chosen: Boolean(planned), assessorId: planned?.assessorId ?? first }];
      }),
    ) as Values,
    // The plan as a whole is checked (the domain's checkPlan): its problem stands under the areas.
    validate: (values) => {
      const problem = refusal(checkPlan(areasOf(values)));
      return problem ? { plan: problem } : {};
    },
  });
  const problem = form.errors.plan;
  return (
    <StepForm
      title={evaluation.plan.length ? t('evaluation.plan.editTitle') : t('evaluation.plan.title')}
      submitLabel={t('evaluation.plan.submit')}
      form={form}
      onSubmit={() => plan({ input: { evaluationId: evaluation.id, areas: areasOf(form.getValues()) } })}
    >
      <Stack gap="xs" role="group" aria-label={t('evaluation.plan.areasLabel')}>
        {EVALUATION_AREAS.map((area) => (
          <Group key={area} gap="sm" wrap="wrap" align="end">
            <Checkbox label={t(`evaluation.areas.${area}`)} {...form.getInputProps(`${area}.chosen`, { type: 'checkbox' })} />
            {form.values[area].chosen && (
              <NativeSelect
                label={t('evaluation.plan.assessorFor', { area: t(`evaluation.areas.${area}`) })}
                data={view.assessorOptions.map((person) => ({ value: person.id, label: person.displayName }))}
                {...form.getInputProps(`${area}.assessorId`)}
              />
            )}
          </Group>
        ))}
      </Stack>
      {problem && (
        <p role="alert" style={{ color: 'var(--mantine-color-error)', margin: 0 }}>
          {problem}
        </p>
      )}
    </StepForm>
  );
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** The type a file is sent as; a browser that cannot tell gives none, which the API refuses. */
function contentTypeOf(file: File): string {
  return file.type || 'application/octet-stream';
}

const ReportMutation = graphql(`
  mutation SubmitEvaluationReport($input: SubmitEvaluationReportInput!) {
    submitEvaluationReport(input: $input) {
      studentId
    }
  }
`);

export function ReportForm({ evaluation, area }: { evaluation: EvaluationView; area: EvaluationArea }) {
  const { t } = useTranslation();
  const { form, send: submit } = useStepForm(ReportMutation, { completedOn: todayIso(), summary: '', file: null as File | null }, {
    completedOn: (value) => checkPastDate(value, todayIso(), 'completedOn', { en: 'The report date', es: 'La fecha del informe' }),
    summary: (value) => (value.trim() ? null : t('evaluation.report.summaryRequired')),
    file: (value) => (value ? checkReportFile({ type: contentTypeOf(value), size: value.size }) : null),
  });
  const areaName = t(`evaluation.areas.${area}`);
  return (
    <StepForm
      title={t('evaluation.report.title', { area: areaName })}
      submitLabel={t('evaluation.report.submit')}
      form={form}
      onSubmit={async () => {
        const file = form.values.file;
        await submit({
          input: {
            evaluationId: evaluation.id, area, completedOn: form.values.completedOn, summary: form.values.summary,
            file: file ? { name: file.name, contentType: contentTypeOf(file), base64: await base64Of(file) } : null,
          },
        });
      }}
    >
      <TextInput type="date" label={t('evaluation.report.date')} required {...form.getInputProps('completedOn')} />
      <Textarea label={t('evaluation.report.summary')} autosize minRows={4} required {...form.getInputProps('summary')} />
      <FileInput label={t('evaluation.report.file')} description={t('evaluation.report.fileHelp')} accept={REPORT_FILE_TYPES.join(',')} clearable {...form.getInputProps('file')} />
    </StepForm>
  );
}

const DelayMutation = graphql(`
  mutation RecordEvaluationDelay($input: RecordEvaluationDelayInput!) {
    recordEvaluationDelay(input: $input) {
      studentId
    }
  }
`);

export function DelayForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const initialValues = { reason: 'CHILD_UNAVAILABLE' as EvaluationDelayReason, agreedCompletionOn: '', note: '' };
  const { form, send: record } = useStepForm(DelayMutation, initialValues, {
    agreedCompletionOn: (value, values) => checkDelay(values.reason, value || null, factsOf(evaluation)),
    note: (value) => (value.trim() ? null : t('evaluation.delay.noteRequired')),
  });
  return (
    <StepForm
      title={t('evaluation.delay.title')}
      submitLabel={t('evaluation.delay.submit')}
      form={form}
      onSubmit={() =>
        record({
          input: {
            evaluationId: evaluation.id, reason: form.values.reason, note: form.values.note,
            agreedCompletionOn: form.values.reason === 'CHILD_UNAVAILABLE' ? null : form.values.agreedCompletionOn,
          },
        })
      }
    >
      <NativeSelect
        label={t('evaluation.delay.reason')}
        data={EVALUATION_DELAY_REASONS.map((reason) => ({ value: reason, label: t(`evaluation.delayReasons.${reason}`) }))}
        {...form.getInputProps('reason')}
      />
      {form.values.reason !== 'CHILD_UNAVAILABLE' && (
        <TextInput
          type="date"
          label={t('evaluation.delay.agreedOn')}
          description={form.values.reason === 'INITIAL_SLD_EVALUATION' ? t('evaluation.delay.sldHint') : undefined}
          required
          {...form.getInputProps('agreedCompletionOn')}
        />
      )}
      <Textarea label={t('evaluation.delay.note')} autosize minRows={2} required {...form.getInputProps('note')} />
    </StepForm>
  );
}

const ChildProducedMutation = graphql(`
  mutation RecordChildProduced($input: RecordChildProducedInput!) {
    recordChildProduced(input: $input) {
      studentId
    }
  }
`);

/** The child is produced after all (300.301(d)(1)): a new evaluation timeframe runs from that day. */
export function ChildProducedForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const { form, send: record } = useStepForm(ChildProducedMutation, { producedOn: '' }, {
    producedOn: (value) =>
      checkChildProduced({ ...factsOf(evaluation), delayReason: evaluation.delayReason ?? null, childProducedOn: null }, value, todayIso()),
  });
  return (
    <StepForm
      title={t('evaluation.delay.producedTitle')}
      submitLabel={t('evaluation.delay.producedSubmit')}
      form={form}
      onSubmit={() => record({ input: { evaluationId: evaluation.id, producedOn: form.values.producedOn } })}
    >
      <TextInput type="date" label={t('evaluation.delay.producedOn')} description={t('evaluation.delay.producedHint')} required {...form.getInputProps('producedOn')} />
    </StepForm>
  );
}

const DetermineMutation = graphql(`
  mutation DetermineEligibility($input: DetermineEligibilityInput!) {
    determineEligibility(input: $input) {
      studentId
    }
  }
`);

export function EligibilityForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const { form, send: determine } = useStepForm(DetermineMutation, { determinedOn: todayIso(), eligible: 'yes', category: '', summary: '' }, {
    determinedOn: (value, values) => {
      const found = checkEligibility(factsOf(evaluation), { determinedOn: value, eligible: values.eligible === 'yes', category: values.category || null }, todayIso());
      return found && found.field !== 'category' ? found : null;
    },
    category: (value, values) => (values.eligible === 'yes' && !value ? t('evaluation.eligibility.categoryRequired') : null),
    summary: (value) => (value.trim() ? null : t('evaluation.eligibility.summaryRequired')),
  });
  const eligible = form.values.eligible === 'yes';
  return (
    <StepForm
      title={t('evaluation.eligibility.title')}
      submitLabel={t('evaluation.eligibility.submit')}
      form={form}
      onSubmit={() =>
        determine({
          input: {
            evaluationId: evaluation.id, determinedOn: form.values.determinedOn, eligible, summary: form.values.summary,
            category: eligible ? (form.values.category as DisabilityCategory) : null,
          },
        })
      }
    >
      <TextInput type="date" label={t('evaluation.eligibility.date')} required {...form.getInputProps('determinedOn')} />
      <Radio.Group label={t('evaluation.eligibility.decision')} required {...form.getInputProps('eligible')}>
        <Group gap="md" mt={4}>
          <Radio value="yes" label={t('evaluation.eligibility.eligible')} />
          <Radio value="no" label={t('evaluation.eligibility.notEligible')} />
        </Group>
      </Radio.Group>
      {eligible && (
        <NativeSelect
          label={t('evaluation.eligibility.category')}
          required
          data={[{ value: '', label: t('evaluation.eligibility.chooseCategory') }, ...DISABILITY_CATEGORIES.map((c) => ({ value: c, label: t(`evaluation.categories.${c}`) }))]}
          {...form.getInputProps('category')}
        />
      )}
      <Textarea label={t('evaluation.eligibility.summary')} description={t('evaluation.eligibility.summaryHelp')} autosize minRows={3} required {...form.getInputProps('summary')} />
    </StepForm>
  );
}

const StartIepMutation = graphql(`
  mutation StartInitialIepFromEvaluation($evaluationId: ID!) {
    startInitialIepFromEvaluation(evaluationId: $evaluationId) {
      studentId
    }
  }
`);

export function StartInitialIepForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  const start = useStep(StartIepMutation);
  return (
    <StepForm title={t('evaluation.firstIep.startTitle')} submitLabel={t('evaluation.firstIep.start')} onSubmit={() => start({ evaluationId: evaluation.id })}>
      <p style={{ margin: 0 }}>{t('evaluation.firstIep.startHelp')}</p>
    </StepForm>
  );
}
