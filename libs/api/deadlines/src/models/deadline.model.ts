import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { DeadlineClosedReason, DeadlineKind, type DeadlineStatus } from '@iep/domain';
import { DeadlineEventKind } from '../deadline-events';
import type { DeadlineRecord } from '../deadlines.service';

export const DeadlineKindGql = graphqlEnum(DeadlineKind, 'DeadlineKind', 'A legal deadline of DESIGN §4: annual review, start of services, …');
export const DeadlineEventKindGql = graphqlEnum(
  DeadlineEventKind,
  'DeadlineEventKind',
  'The event a deadline runs from: a signature, a meeting, a consent, a birthday, …',
);
const DEADLINE_STATUSES = {
  Upcoming: 'UPCOMING',
  DueThisWeek: 'DUE_THIS_WEEK',
  Overdue: 'OVERDUE',
  MetOnTime: 'MET_ON_TIME',
  MetLate: 'MET_LATE',
  Closed: 'CLOSED',
} as const satisfies Record<string, DeadlineStatus>;
export const DeadlineStatusGql = graphqlEnum(
  DEADLINE_STATUSES,
  'DeadlineStatus',
  'Where a deadline stands today: upcoming, due within 7 days, overdue, met on time or late, or closed because it no longer applies.',
);
export const DeadlineClosedReasonGql = graphqlEnum(
  DeadlineClosedReason,
  'DeadlineClosedReason',
  'Why a deadline no longer applies: consent for services revoked (300.300(b)(4)), the child not produced for, or moved during, the evaluation (300.301(d)); for a progress report, its IEP superseded or expired, or its reporting period removed.',
);
export const LocaleGql = graphqlEnum({ En: 'en', Es: 'es' }, 'DeadlineLocale', 'A language the deadline rules are explained in.');

@ObjectType('Deadline', { description: 'A legal deadline of a student or IEP, computed from its event on the school calendar.' })
export class DeadlineModel {
  @Field(() => ID) id: string;
  @Field(() => DeadlineKindGql) kind: DeadlineKind;
  @Field(() => ID) studentId: string;
  @Field(() => ID, { nullable: true, description: 'Null for deadlines of the student rather than of one IEP (transition plan, evaluations).' })
  iepId: string | null;
  @Field(() => DeadlineEventKindGql) eventKind: DeadlineEventKind;
  @Field({ description: 'ISO date of the event the deadline runs from.' }) eventDate: string;
  @Field({ description: 'ISO date by which the deadline must be met.' }) dueDate: string;
  @Field(() => String, { nullable: true, description: 'ISO date the deadline was met; null while open.' }) metOn: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the deadline stopped applying; null while it applies.' }) closedOn: string | null;
  @Field(() => DeadlineClosedReasonGql, { nullable: true, description: 'Why it no longer applies.' }) closedReason: DeadlineClosedReason | null;
  @Field(() => DeadlineStatusGql, { description: "Where the deadline stands on the district's today." }) status: DeadlineStatus;
  @Field(() => String, { nullable: true, description: 'Who must meet it: the case manager.' }) responsibleName: string | null;
  @Field({
    description:
      'No school calendar covered the days counted, so weekdays stood in for school days; the due date is recomputed when the calendar is entered.',
  })
  estimated: boolean;
  /** The stored row, from which the explanation is worded in the language asked for. */
  record: DeadlineRecord;
}
