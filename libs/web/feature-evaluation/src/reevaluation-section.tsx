import { Card, List, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPastDate } from '@iep/domain';
import { graphql } from '@iep/web/data-access';
import { formatIsoDate } from '@iep/web/ui';
import { DeadlineList } from './deadline-list';
import type { EvaluationsView } from './evaluation-types';
import { StepForm } from './step-form';
import { todayIso, useStepForm } from './use-step';

const NotNeededMutation = graphql(`
  mutation AgreeReevaluationNotNeeded($input: AgreeReevaluationNotNeededInput!) {
    agreeReevaluationNotNeeded(input: $input) {
      studentId
    }
  }
`);

/** Reevaluation (34 CFR 300.303): when it is due, and the agreements that none was needed. */
export function ReevaluationSection({ view }: { view: EvaluationsView }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { form, send: agree } = useStepForm(NotNeededMutation, { agreedOn: todayIso(), parentName: '', note: '' }, {
    agreedOn: (value) => checkPastDate(value, todayIso(), 'agreedOn', { en: 'The agreement date', es: 'La fecha del acuerdo' }),
    parentName: (value) => (value.trim() ? null : t('evaluation.reevaluation.parentRequired')),
    note: (value) => (value.trim() ? null : t('evaluation.reevaluation.noteRequired')),
  });
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  return (
    <Card component="section" aria-labelledby={headingId} withBorder padding="lg" radius="md">
      <Title order={2} size="h3" id={headingId}>
        {t('evaluation.reevaluation.heading')}
      </Title>
      <Text mt="xs">{t('evaluation.reevaluation.explain')}</Text>
      {view.lastEvaluatedOn && <Text mt="xs">{t('evaluation.reevaluation.last', { date: date(view.lastEvaluatedOn) })}</Text>}
      {view.earliestReevaluationOn && <Text>{t('evaluation.reevaluation.earliest', { date: date(view.earliestReevaluationOn) })}</Text>}
      {view.reevaluationDeadline && <DeadlineList deadlines={[view.reevaluationDeadline]} />}
      {view.reevaluationAgreements.length > 0 && (
        <List mt="sm">
          {view.reevaluationAgreements.map((a) => (
            <List.Item key={a.id}>{t('evaluation.reevaluation.agreement', { date: date(a.agreedOn), parent: a.parentName, note: a.note })}</List.Item>
          ))}
        </List>
      )}
      {view.mayRecord && view.reevaluationDeadline && (
        <StepForm
          title={t('evaluation.reevaluation.notNeededTitle')}
          submitLabel={t('evaluation.reevaluation.notNeededSubmit')}
          form={form}
          onSubmit={() => agree({ input: { studentId: view.studentId, ...form.values } })}
        >
          <TextInput type="date" label={t('evaluation.reevaluation.agreedOn')} required {...form.getInputProps('agreedOn')} />
          <TextInput label={t('evaluation.reevaluation.parentName')} required {...form.getInputProps('parentName')} />
          <Textarea label={t('evaluation.reevaluation.note')} autosize minRows={2} required {...form.getInputProps('note')} />
        </StepForm>
      )}
    </Card>
  );
}
