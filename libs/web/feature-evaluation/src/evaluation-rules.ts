import type { EvaluationFacts } from '@iep/domain';
import type { EvaluationView } from './evaluation-types';

/** What the domain's rules need of an evaluation as the page holds it, so forms check what the API checks. */
export function factsOf(evaluation: Pick<EvaluationView, 'kind' | 'referredOn' | 'consentOn' | 'determinedOn' | 'plan'>): EvaluationFacts {
  return {
    kind: evaluation.kind,
    referredOn: evaluation.referredOn,
    consentOn: evaluation.consentOn ?? null,
    determinedOn: evaluation.determinedOn ?? null,
    plannedAreas: evaluation.plan.map((p) => p.area),
    reportedAreas: evaluation.plan.filter((p) => p.report).map((p) => p.area),
  };
}
