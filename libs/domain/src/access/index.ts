export { allowedActions, clauseHolds, IEP_POLICY, IepAction, mayAct, mayStartIep, noStanding, policyClauses, STANDING_FACTS } from './iep-policy';
export type { IepStanding, PolicyClause, StandingFact, StudentStanding } from './iep-policy';
