import { IepStatus } from '../roles';

/**
 * Every change of an IEP's status that `transition` can make, as (from, to) pairs. The database
 * enforces the same list with a trigger on `ieps.status` (see the sealing migration), so a status moved
 * by hand in SQL is refused; a spec checks this list against `transition`, and an integration test
 * checks the trigger against this list.
 *
 * @internal The migration holds its own copy (migrations import no path aliases); the tests compare them.
 */
export const IEP_STATUS_TRANSITIONS: ReadonlyArray<readonly [IepStatus, IepStatus]> = Object.freeze([
  [IepStatus.Draft, IepStatus.Proposed],
  [IepStatus.Proposed, IepStatus.Draft],
  [IepStatus.Proposed, IepStatus.Active],
  [IepStatus.Active, IepStatus.Superseded],
  [IepStatus.Active, IepStatus.Expired],
] as const);
