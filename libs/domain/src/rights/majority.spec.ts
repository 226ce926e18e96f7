import fc from 'fast-check';
import { addDays, addYears, compareDates } from '../deadlines/local-date';
import { CA_PROFILE, IDEA_PROFILE, MA_PROFILE } from '../deadlines/state-rule-profiles';
import { checkIepQuality } from '../iep-content/quality';
import { emptyPartContent } from '../iep-content/content';
import { IepPartKind } from '../iep-content/part-kinds';
import { birthdayAt, rightsStanding, transferNoticeRequired } from './majority';

const birth = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('1996-01-01', n));
const offset = fc.integer({ min: -800, max: 800 });

describe('transfer of rights at the age of majority (34 CFR 300.520)', () => {
  it('every profile names its age of majority and where it comes from', () => {
    for (const profile of [IDEA_PROFILE, MA_PROFILE, CA_PROFILE]) {
      expect(profile.ageOfMajority).toBe(18);
      expect(profile.sources.ageOfMajority.citation.length).toBeGreaterThan(0);
    }
    expect(CA_PROFILE.sources.ageOfMajority.citation).toContain('56041.5');
  });

  it('reaches the age on the birthday, the same day and month 18 years on (29 February gives 28 February)', () => {
    fc.assert(
      fc.property(birth, (born) => {
        const majority = birthdayAt(born, 18);
        expect(Number(majority.slice(0, 4)) - Number(born.slice(0, 4))).toBe(18);
        if (!born.endsWith('-02-29')) expect(majority.slice(5)).toBe(born.slice(5));
      }),
    );
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-02-28');
  });

  it('asks for the statement from one year before that age, and from then on', () => {
    fc.assert(
      fc.property(birth, offset, (born, days) => {
        const on = addDays(addYears(born, 17), days);
        expect(transferNoticeRequired(born, 18, on)).toBe(compareDates(on, birthdayAt(born, 17)) >= 0);
      }),
    );
  });

  it('a guardianship keeps the rights with the guardians, whatever was transferred before', () => {
    expect(rightsStanding({ transferredOn: null, guardianshipOn: null })).toBe('PARENTS');
    expect(rightsStanding({ transferredOn: '2026-01-01', guardianshipOn: null })).toBe('TRANSFERRED');
    expect(rightsStanding({ transferredOn: '2026-01-01', guardianshipOn: '2026-02-01' })).toBe('GUARDIANSHIP');
  });

  it('is a quality error when an IEP in force at 17 does not state that the student was told', () => {
    const plan = (statement: string) => ({
      id: 'plan', kind: IepPartKind.TransitionPlan, unchangedSinceLastYear: false,
      content: { ...emptyPartContent(IepPartKind.TransitionPlan), rightsTransferStatement: statement },
    });
    const context = { studentDateOfBirth: '2009-06-01', transitionAge: 16, ageOfMajority: 18, iepKind: 'ANNUAL' as const };
    const codes = (statement: string, coversUntil: string) =>
      checkIepQuality({ parts: [plan(statement)] }, { ...context, coversUntil }).map((issue) => issue.code);
    expect(codes('', '2026-05-31')).not.toContain('RIGHTS_TRANSFER_NOT_STATED');
    expect(codes('', '2026-06-01')).toContain('RIGHTS_TRANSFER_NOT_STATED');
    expect(codes('Told on 2026-03-02 at the IEP meeting, with a written summary.', '2026-06-01')).not.toContain('RIGHTS_TRANSFER_NOT_STATED');
    // A plan saved before the statement existed has no such field: still an error once it is due.
    const old = { id: 'plan', kind: IepPartKind.TransitionPlan, unchangedSinceLastYear: false, content: { postsecondaryEducation: 'College' } };
    expect(checkIepQuality({ parts: [old] }, { ...context, coversUntil: '2027-01-01' }).map((i) => i.code)).toContain('RIGHTS_TRANSFER_NOT_STATED');
  });
});
