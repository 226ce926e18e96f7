import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';

export const ClosureKind = { Holiday: 'HOLIDAY', Break: 'BREAK', NonSchoolDay: 'NON_SCHOOL_DAY' } as const;
export type ClosureKind = (typeof ClosureKind)[keyof typeof ClosureKind];
export const CLOSURE_KINDS: readonly ClosureKind[] = Object.values(ClosureKind);
export const ClosureKindGql = graphqlEnum(
  ClosureKind,
  'CalendarClosureKind',
  'A day or run of days without school: a holiday, a break (winter, spring) or another non-school day.',
);

@ObjectType('CalendarClosure', { description: 'Days of a school year on which there is no school for students.' })
export class CalendarClosureModel {
  @Field(() => ID) id: string;
  @Field(() => ClosureKindGql) kind: ClosureKind;
  @Field() name: string;
  @Field({ description: 'ISO date of the first day without school.' }) firstDay: string;
  @Field({ description: 'ISO date of the last day without school (the first day for a single day).' }) lastDay: string;
}

@ObjectType('SchoolCalendar', {
  description: "One school year of the district's calendar, or of one school's when it differs from the district's.",
})
export class SchoolCalendarModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: "Null for the district's own calendar." }) schoolId: string | null;
  @Field(() => String, { nullable: true }) schoolName: string | null;
  @Field({ description: 'How the district names the year, e.g. "2026–27".' }) schoolYear: string;
  @Field({ description: 'ISO date of the first day of school.' }) firstDay: string;
  @Field({ description: 'ISO date of the last day of school.' }) lastDay: string;
  @Field(() => Int, { description: 'Every edit of the calendar or its closures names the version it started from.' })
  version: number;
  @Field(() => [CalendarClosureModel], { description: 'Holidays, breaks and non-school days, by first day.' })
  closures: CalendarClosureModel[];
}

@ObjectType('DeadlineRecompute', { description: "What a calendar or profile change did to the district's open deadlines." })
export class DeadlineRecomputeModel {
  @Field(() => Int, { description: 'Open deadlines computed again.' }) recomputed: number;
  @Field(() => Int, { description: 'Of those, the ones whose due date moved (their reminders moved with them).' }) moved: number;
}

@ObjectType('SchoolCalendarChange')
export class SchoolCalendarChangeModel {
  @Field(() => SchoolCalendarModel) calendar: SchoolCalendarModel;
  @Field(() => DeadlineRecomputeModel) deadlines: DeadlineRecomputeModel;
}
