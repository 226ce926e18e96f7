import { graphql, type AdminCalendar_CalendarFragment } from '@iep/web/data-access';

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


export type Calendar = AdminCalendar_CalendarFragment;
/** How many open deadlines a change recomputed, and how many of their due dates moved. */
export type Recompute = { recomputed: number; moved: number };
