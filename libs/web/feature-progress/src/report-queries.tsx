import { graphql } from '@iep/web/data-access';

export const IepProgressReportsQuery = graphql(`
  query IepProgressReports($iepId: ID!) {
    iep(id: $iepId) {
      id
      studentFirstName
    }
    iepProgressReports(iepId: $iepId) {
      id
      status
      dueDate
      digest
      sentAt
      sentBy {
        id
        displayName
      }
      readAt
      readBy {
        id
        displayName
      }
      viewerCanSend
      viewerCanConfirmRead
      pdfUrl
      period {
        id
        name
        firstDay
        lastDay
      }
      entries {
        partId
        code
        narrative
        version
        viewerCanWrite
        updatedBy {
          id
          displayName
        }
        questions {
          id
          body
          createdAt
          author {
            id
            displayName
          }
        }
        progress {
          ...ProgressGoal_chart @unmask
        }
      }
    }
  }
`);

export const SaveProgressReportEntryMutation = graphql(`
  mutation SaveProgressReportEntry($input: SaveProgressReportEntryInput!) {
    saveProgressReportEntry(input: $input) {
      partId
      code
      narrative
      version
    }
  }
`);

export const SendProgressReportMutation = graphql(`
  mutation SendProgressReport($iepId: ID!, $periodId: ID!) {
    sendProgressReport(iepId: $iepId, periodId: $periodId) {
      id
      status
      digest
    }
  }
`);

export const MarkProgressReportReadMutation = graphql(`
  mutation MarkProgressReportRead($reportId: ID!) {
    markProgressReportRead(reportId: $reportId) {
      id
      readAt
      viewerCanConfirmRead
    }
  }
`);

export const AskProgressReportQuestionMutation = graphql(`
  mutation AskProgressReportQuestion($input: AskProgressReportQuestionInput!) {
    askProgressReportQuestion(input: $input) {
      id
      body
    }
  }
`);
