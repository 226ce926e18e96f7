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

/** A recorded point as the chart and its table show it; recording one answers with it, so the chart has it whole. */
graphql(`
  fragment ProgressGoal_point on GoalDataPoint {
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
`);

/**
 * A goal as the progress pages show it, its name and text above what its chart draws (the measure, the points,
 * the trend and the flags): the progress page and the progress report ask for it alike.
 */
graphql(`
  fragment ProgressGoal_chart on GoalProgress {
    partId
    area
    annualGoal
    aimStartDate
    measure {
      ...ProgressGoal_measure @unmask
    }
    points {
      ...ProgressGoal_point @unmask
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
`);

export const IepProgressQuery = graphql(`
  query IepProgress($iepId: ID!) {
    iep(id: $iepId) {
      id
      studentFirstName
      status
    }
    iepProgress(iepId: $iepId) {
      needsMeasure
      viewerCanRecord
      ...ProgressGoal_chart @unmask
    }
  }
`);

export const RecordGoalDataPointMutation = graphql(`
  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {
    recordGoalDataPoint(input: $input) {
      partId
      ...ProgressGoal_point @unmask
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
