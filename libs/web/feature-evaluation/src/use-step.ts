import { useMutation } from '@apollo/client/react';
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

/** Today on the reader's calendar, as the API's dates are written. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
