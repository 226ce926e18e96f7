export { EvaluationAction, IepAction, mayAct, mayActOnEvaluation, mayStartIep, policyClauses, STANDING_FACTS } from './iep-policy';
export type { EvaluationStanding, IepStanding, PolicyClause, StandingFact, StudentStanding } from './iep-policy';
