import { graphql } from '@iep/web/data-access';

/** A goal's measure as the progress pages draw and record it: the progress page and today's session ask for it alike. */
graphql(`
  fragment ProgressGoal_measure on GoalMeasure {
    kind
    baseline
    target
    targetDate
    unit
    trials
    scaleMin
    scaleMax
    wholeNumbers
  }
`);

export const IepProgressQuery = graphql(`
  query IepProgress($iepId: ID!) {
    iep(id: $iepId) {
      id
      studentFirstName
      status
    }
    iepProgress(iepId: $iepId) {
      partId
      area
      annualGoal
      needsMeasure
      aimStartDate
      viewerCanRecord
      measure {
        ...ProgressGoal_measure @unmask
      }
      points {
        id
        value
        observedOn
        setting
        note
        version
        recordedBy {
          id
          displayName
        }
      }
      trend {
        slopePerWeek
        projectedAtTargetDate
        fromDate
        fromValue
        toDate
        toValue
        pointsUsed
      }
      flags {
        rule
        windowStart
        windowEnd
        acknowledgment {
          id
          note
          acknowledgedAt
          acknowledgedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const RecordGoalDataPointMutation = graphql(`
  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {
    recordGoalDataPoint(input: $input) {
      id
      partId
      value
      observedOn
      version
    }
  }
`);

export const AcknowledgeGoalFlagMutation = graphql(`
  mutation AcknowledgeGoalFlag($input: AcknowledgeGoalFlagInput!) {
    acknowledgeGoalFlag(input: $input) {
      partId
      flags {
        rule
        acknowledgment {
          id
          note
        }
      }
    }
  }
`);
