import { VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionFeedback } from '@iep/web/ui';
import type { Meeting } from './meeting-types';

/** What each of the case manager's actions on a meeting (ManageMeeting) is given. */
export type MeetingActionProps = { meeting: Meeting; headingId: string; onChanged: () => Promise<unknown> };

/** Each action's form is a region named by its action; the accordion's button already shows the name. */
export function ActionPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <VisuallyHidden id={id}>{title}</VisuallyHidden>
      {children}
    </section>
  );
}

/** The feedback of one action's form: the refusal above it, what was done below it. */
export function useMeetingAction() {
  const { t } = useTranslation();
  return useActionFeedback(t('meetings.actionErrorTitle'));
}

/** A reason the API needs (cancelling, asking to excuse a member): not blank. */
export function requiredReason(t: TFunction) {
  return (value: string) => (value.trim() ? null : t('meetings.validation.reasonRequired'));
}
