export { IepAction, mayAct, mayRecordFamilyRights, mayStartIep, policyClauses, STANDING_FACTS } from './iep-policy';
export type { IepStanding, PolicyClause, StandingFact, StudentStanding } from './iep-policy';
