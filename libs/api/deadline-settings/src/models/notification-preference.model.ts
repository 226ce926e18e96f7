import { Field, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { DeadlineKindGql } from '@iep/api/deadlines';
import type { DeadlineKind } from '@iep/domain';

export const ReminderKind = { Reminder: 'REMINDER', Escalation: 'ESCALATION' } as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];
export const ReminderKindGql = graphqlEnum(
  ReminderKind,
  'ReminderKind',
  'REMINDER: before and on the due date, to whoever must meet it. ESCALATION: while it is overdue, to the district representatives.',
);

@ObjectType('NotificationPreference', { description: 'Whether one kind of reminder about one kind of deadline also comes by e-mail.' })
export class NotificationPreferenceModel {
  @Field(() => ReminderKindGql) reminderKind: ReminderKind;
  @Field(() => DeadlineKindGql) deadlineKind: DeadlineKind;
  @Field() email: boolean;
  @Field({ description: 'Always true: every reminder also appears under the bell.' }) inApp: boolean;
}
