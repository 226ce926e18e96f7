import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import type { TypedDocumentNode } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { EvaluationRefusal } from '@iep/domain';

/** A step's mutation: the page's query is read again once it is recorded, so every step shows the new state. */
export function useStep<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>) {
  const [mutate] = useMutation(document, { refetchQueries: ['StudentEvaluations'], awaitRefetchQueries: true });
  return (variables: V) => mutate({ variables } as never);
}

/** The domain's refusal of a form's values, in the reader's language; null when the values may be sent. */
export function useRefusalText() {
  const { i18n } = useTranslation();
  return (refusal: EvaluationRefusal | null) => (refusal ? (i18n.language.startsWith('es') ? refusal.message.es : refusal.message.en) : null);
}

/** A field's check: the domain's refusal (put in the reader's words), the form's own text, or null when the value may be sent. */
type StepCheck<Value, Values> = (value: Value, values: Values) => EvaluationRefusal | string | null;

/**
 * A step's form (@mantine/form), each field checked with the rules the API applies, and the step's mutation:
 * `form` goes to <StepForm form>, `send` runs the step.
 */
export function useStepForm<R, V extends Record<string, unknown>, Values extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  initialValues: Values,
  checks: { [Field in keyof Values]?: StepCheck<Values[Field], Values> },
) {
  const refusal = useRefusalText();
  const send = useStep(document);
  const form = useForm<Values>({
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        (Object.keys(checks) as Array<keyof Values & string>).map((field) => {
          const problem = checks[field]?.(values[field], values) ?? null;
          return [field, typeof problem === 'string' ? problem : refusal(problem)];
        }),
      ),
  });
  return { form, send };
}

/** Today on the reader's calendar, as the API's dates are written. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
