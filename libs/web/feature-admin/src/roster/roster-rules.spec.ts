import { ROSTER_BUNDLE_MAX_BYTES } from '@iep/domain/district-records';
import { isRosterImportWorking, rosterBundleProblem } from './roster-rules';

describe('roster import page rules', () => {
  it('asks for a .zip no larger than the API takes', () => {
    expect(rosterBundleProblem(null)).toBe('required');
    expect(rosterBundleProblem({ name: 'users.csv', size: 10 })).toBe('notZip');
    expect(rosterBundleProblem({ name: 'Roster.ZIP', size: ROSTER_BUNDLE_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(rosterBundleProblem({ name: 'Roster.ZIP', size: ROSTER_BUNDLE_MAX_BYTES })).toBeNull();
  });

  it('polls only while the worker is on the import', () => {
    expect(['QUEUED', 'VALIDATING', 'APPLY_QUEUED', 'APPLYING'].every((s) => isRosterImportWorking(s as never))).toBe(true);
    expect(['VALIDATED', 'INVALID', 'APPLIED', 'FAILED'].some((s) => isRosterImportWorking(s as never))).toBe(false);
  });
});
