import { graphql, type AdminCalendar_CalendarFragment } from '@iep/web/data-access';

// The calendar page's operations, kept together: its year form and its closures table send them.

/** A school year as this page shows and edits it; every mutation below answers with it. */
export const CalendarFragment = graphql(`
  fragment AdminCalendar_calendar on SchoolCalendar {
      id
      schoolId
      schoolName
      schoolYear
      firstDay
      lastDay
      version
      closures {
        id
        kind
        name
        firstDay
        lastDay
      }
  }
`);

/** What a change to a calendar answers: the calendar as saved and how many deadlines it moved. */
export const ChangeFragment = graphql(`
  fragment AdminCalendar_change on SchoolCalendarChange {
    calendar {
      ...AdminCalendar_calendar
    }
    deadlines {
      recomputed
      moved
    }
  }
`);

export const SchoolCalendarsQuery = graphql(`
  query AdminSchoolCalendars {
    schoolCalendars {
      ...AdminCalendar_calendar
    }
  }
`);


export const CreateSchoolCalendarMutation = graphql(`
  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {
    createSchoolCalendar(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
export const UpdateSchoolCalendarMutation = graphql(`
  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {
    updateSchoolCalendar(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
export const AddCalendarClosureMutation = graphql(`
  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {
    addCalendarClosure(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
export const UpdateCalendarClosureMutation = graphql(`
  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {
    updateCalendarClosure(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
export const RemoveCalendarClosureMutation = graphql(`
  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {
    removeCalendarClosure(id: $id, version: $version) {
      ...AdminCalendar_change
    }
  }
`);

export type Calendar = AdminCalendar_CalendarFragment;
/** How many open deadlines a change recomputed, and how many of their due dates moved. */
export type Recompute = { recomputed: number; moved: number };
