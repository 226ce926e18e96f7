import { graphql } from '@iep/web/data-access';

// Group rows alias their id: a school's counts differ from one filter to the next, so they must not be
// merged into one cached object per school.
export const ComplianceDashboardQuery = graphql(`
  query ComplianceDashboard($filter: ComplianceFilterInput, $first: Int!, $after: String, $locale: DeadlineLocale) {
    complianceDashboard(filter: $filter) {
      today
      familiesWithoutSafeguards {
        studentId
        studentName
        schoolName
        lastReceivedOn
      }
      totals {
        upcoming
        dueThisWeek
        overdue
        metOnTime
        metLate
      }
      byKind {
        kind
        counts {
          upcoming
          dueThisWeek
          overdue
          metOnTime
          metLate
        }
      }
      bySchool {
        groupId: id
        name
        counts {
          upcoming
          dueThisWeek
          overdue
          metOnTime
          metLate
        }
      }
      schoolCount
      byCaseManager {
        groupId: id
        name
        counts {
          upcoming
          dueThisWeek
          overdue
          metOnTime
          metLate
        }
      }
      upcomingWeeks {
        startDate
        endDate
        total
        byKind {
          kind
          count
        }
      }
      overdue(first: $first, after: $after) {
        hasNextPage
        endCursor
        nodes {
          id
          kind
          studentId
          studentName
          iepId
          schoolName
          caseManagerName
          dueDate
          daysOverdue
          explanation(locale: $locale)
          estimated
        }
      }
    }
  }
`);

export const ComplianceFilterOptionsQuery = graphql(`
  query ComplianceFilterOptions($schoolId: ID) {
    complianceDashboard(filter: { schoolId: $schoolId }) {
      filterOptions {
        schools {
          id
          name
        }
        caseManagers {
          id
          name
        }
      }
    }
  }
`);

export const DEADLINE_KINDS = [
  'INITIAL_EVALUATION',
  'FIRST_IEP_MEETING',
  'MEETING_NOTICE',
  'SERVICE_START',
  'ANNUAL_REVIEW',
  'REEVALUATION',
  'PROGRESS_REPORT',
  'TRANSITION_PLAN',
  'RECORDS_REQUEST',
] as const;
export type DeadlineKindName = (typeof DEADLINE_KINDS)[number];

export const STATUSES = ['overdue', 'dueThisWeek', 'upcoming', 'metOnTime', 'metLate'] as const;
export type StatusKey = (typeof STATUSES)[number];
export type Counts = Record<StatusKey, number>;
