import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { differingFields, firstChoices, mergeChoices, saveOutcomeOf } from './save-outcome';

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('saveOutcomeOf', () => {
  it('reads a CONFLICT as the version now on the server and who saved it', () => {
    const error = graphQLError('Someone saved first.', {
      code: 'CONFLICT',
      currentVersion: 4,
      currentContent: { annualGoal: 'Theirs' },
      updatedBy: { id: 'u-2', displayName: 'Dana' },
      updatedAt: '2026-03-10T12:00:00.000Z',
    });
    expect(saveOutcomeOf(error)).toEqual({
      kind: 'conflict',
      conflict: {
        currentVersion: 4,
        currentContent: { annualGoal: 'Theirs' },
        updatedBy: { id: 'u-2', displayName: 'Dana' },
        updatedAt: '2026-03-10T12:00:00.000Z',
      },
    });
  });

  it('keeps a CONFLICT without its author as a conflict by someone unnamed', () => {
    const outcome = saveOutcomeOf(graphQLError('x', { code: 'CONFLICT', currentVersion: 2, currentContent: {} }));
    expect(outcome).toEqual({ kind: 'conflict', conflict: { currentVersion: 2, currentContent: {}, updatedBy: null, updatedAt: null } });
  });

  it('reads BAD_USER_INPUT with problems as the fields to show in place', () => {
    const error = graphQLError('Check the goal.', {
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'annualGoal', message: 'Too long', code: 'too_big', maximum: 4000 },
        'not a problem',
        { path: 'objectives.0.text' },
        { path: 'endDate', message: 'The end date is before the start date', code: 'custom', rule: 'END_BEFORE_START' },
      ],
    });
    expect(saveOutcomeOf(error)).toEqual({
      kind: 'problems',
      problems: [
        { path: 'annualGoal', message: 'Too long', code: 'too_big', maximum: 4000 },
        { path: 'objectives.0.text', message: '', code: 'server' },
        { path: 'endDate', message: 'The end date is before the start date', code: 'custom', rule: 'END_BEFORE_START' },
      ],
    });
  });

  it('hands any other refusal or failure on whole, so the form can tell the API\'s message from a network or server failure', () => {
    const forbidden = graphQLError('You may not edit this IEP.', { code: 'FORBIDDEN' });
    expect(saveOutcomeOf(forbidden)).toEqual({ kind: 'failed', error: forbidden });
    const offline = new TypeError('Failed to fetch');
    expect(saveOutcomeOf(offline)).toEqual({ kind: 'failed', error: offline });
  });
});

describe('merging a conflict', () => {
  const fields = [{ name: 'area' }, { name: 'annualGoal' }, { name: 'baseline' }, { name: 'objectives' }];
  const base = { area: 'Reading', annualGoal: 'Read 80 wpm', baseline: '40 wpm', objectives: [{ id: 'o1', text: 'A' }] };
  const mine = { ...base, annualGoal: 'Read 90 wpm', objectives: [{ id: 'o1', text: 'A' }] };
  const theirs = { ...base, baseline: '45 wpm', annualGoal: 'Read 85 wpm' };

  it('asks only about the fields the two sides disagree on, comparing lists by value', () => {
    expect(differingFields(fields, mine, theirs).map((field) => field.name)).toEqual(['annualGoal', 'baseline']);
  });

  it('starts each field with the side that changed it, and with mine when both did', () => {
    const differing = differingFields(fields, mine, theirs);
    expect(firstChoices(differing, base, mine)).toEqual({ annualGoal: 'mine', baseline: 'theirs' });
  });

  it('starts with mine everywhere when the starting content is unknown', () => {
    expect(firstChoices(differingFields(fields, mine, theirs), null, mine)).toEqual({ annualGoal: 'mine', baseline: 'mine' });
  });

  it("builds on the server's content, taking mine where chosen", () => {
    const differing = differingFields(fields, mine, theirs);
    const merged = mergeChoices(theirs, mine, differing, firstChoices(differing, base, mine));
    expect(merged).toEqual({ area: 'Reading', annualGoal: 'Read 90 wpm', baseline: '45 wpm', objectives: [{ id: 'o1', text: 'A' }] });
    expect(mergeChoices(theirs, mine, differing, { annualGoal: 'theirs', baseline: 'theirs' })).toEqual(theirs);
    expect(mergeChoices(theirs, mine, differing, {})).toEqual({ ...theirs, annualGoal: 'Read 90 wpm', baseline: '40 wpm' });
  });
});
