import type { StudentEvaluationsQuery } from '@iep/web/data-access';

export type EvaluationsView = StudentEvaluationsQuery['studentEvaluations'];
export type EvaluationView = EvaluationsView['evaluations'][number];
