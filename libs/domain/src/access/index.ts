export { EvaluationAction, IepAction, mayAct, mayActOnEvaluation, mayActOnStudent, policyClauses, STANDING_FACTS, StudentAction } from './iep-policy';
export type { EvaluationStanding, IepStanding, PolicyClause, StandingFact, StudentStanding } from './iep-policy';
