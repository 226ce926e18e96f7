import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkReevaluationRequest, checkReferral } from '@iep/domain';
import { graphql } from '@iep/web/data-access';
import type { EvaluationsView } from './evaluation-types';
import { StepForm } from './step-form';
import { todayIso, useStepForm } from './use-step';

const ReferMutation = graphql(`
  mutation ReferForEvaluation($input: ReferForEvaluationInput!) {
    referForEvaluation(input: $input) {
      studentId
    }
  }
`);

/**
 * A referral by the school, or a parent's request for an evaluation; once the student was evaluated, a
 * request for a reevaluation (before a year is out, only when the parent and the district agree).
 */
export function ReferForm({ view }: { view: EvaluationsView }) {
  const { t } = useTranslation();
  const reevaluation = view.lastEvaluatedOn !== null;
  const { form, send: refer } = useStepForm(ReferMutation, { referredOn: todayIso(), reason: '', agreedWithinYear: false }, {
    referredOn: (value) => checkReferral(value, todayIso()),
    reason: (value) => (value.trim() ? null : t('evaluation.refer.reasonRequired')),
    agreedWithinYear: (value, values) => (reevaluation ? checkReevaluationRequest(view.lastEvaluatedOn, values.referredOn, value) : null),
  });
  const parent = !view.mayRecord;
  const title = reevaluation ? t('evaluation.refer.reevaluationTitle') : parent ? t('evaluation.refer.requestTitle') : t('evaluation.refer.title');
  return (
    <StepForm
      title={title}
      submitLabel={reevaluation ? t('evaluation.refer.submitReevaluation') : parent ? t('evaluation.refer.submitRequest') : t('evaluation.refer.submit')}
      form={form}
      onSubmit={() =>
        refer({
          input: {
            studentId: view.studentId,
            kind: reevaluation ? 'REEVALUATION' : 'INITIAL',
            referredOn: form.values.referredOn,
            reason: form.values.reason,
            agreedWithinYear: reevaluation ? form.values.agreedWithinYear : null,
          },
        })
      }
    >
      <TextInput type="date" label={t('evaluation.refer.date')} required {...form.getInputProps('referredOn')} />
      <Textarea label={parent ? t('evaluation.refer.parentReason') : t('evaluation.refer.reason')} autosize minRows={3} required {...form.getInputProps('reason')} />
      {reevaluation && (
        <Checkbox
          label={t('evaluation.refer.agreedWithinYear')}
          description={view.earliestReevaluationOn ? t('evaluation.refer.agreedWithinYearHelp', { date: view.earliestReevaluationOn }) : undefined}
          {...form.getInputProps('agreedWithinYear', { type: 'checkbox' })}
        />
      )}
    </StepForm>
  );
}
