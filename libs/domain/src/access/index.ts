export { IepAction, mayAct, mayActOnStudent, policyClauses, STANDING_FACTS, StudentAction } from './iep-policy';
export type { IepStanding, PolicyClause, StandingFact, StudentStanding } from './iep-policy';
