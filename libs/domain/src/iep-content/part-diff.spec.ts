import fc from 'fast-check';
import { emptyPartContent } from './content';
import { diffPartContent, diffText, type DiffSegment } from './part-diff';
import { IepPartKind } from './part-kinds';

const goal = (overrides: Record<string, unknown> = {}) => ({ ...emptyPartContent(IepPartKind.Goal), ...overrides });
const side = (segments: readonly DiffSegment[], drop: 'ADDED' | 'REMOVED') =>
  segments.filter((s) => s.kind !== drop).map((s) => s.text).join('');

describe('diffText', () => {
  it('marks a replaced word and keeps the words around it', () => {
    expect(diffText('reads 40 words per minute', 'reads 60 words per minute')).toEqual([
      { kind: 'UNCHANGED', text: 'reads ' },
      { kind: 'REMOVED', text: '40' },
      { kind: 'ADDED', text: '60' },
      { kind: 'UNCHANGED', text: ' words per minute' },
    ]);
  });

  it('shows added text at the end as one segment', () => {
    expect(diffText('4 of 5 trials', '4 of 5 trials over 3 weeks')).toEqual([
      { kind: 'UNCHANGED', text: '4 of 5 trials' },
      { kind: 'ADDED', text: ' over 3 weeks' },
    ]);
  });

  it('gives nothing for two empty texts', () => {
    expect(diffText('', '')).toEqual([]);
  });

  it('reconstructs both sides, with no two neighbouring segments of one kind (property)', () => {
    const words = fc.array(fc.constantFrom('the', 'goal', 'reads', '40', 'words', ' ', '  ', '\n', ',', 'Maya'), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const segments = diffText(before, after);
        expect(side(segments, 'ADDED')).toBe(before);
        expect(side(segments, 'REMOVED')).toBe(after);
        segments.forEach((segment, i) => {
          expect(segment.text).not.toBe('');
          if (i > 0) expect(segment.kind).not.toBe(segments[i - 1].kind);
        });
      }),
    );
  });
});

describe('diffPartContent', () => {
  it('lists only the changed fields, in the order of the form', () => {
    const before = goal({ area: 'Reading fluency', baseline: 'Reads 40 words per minute', criteria: '4 of 5 probes' });
    const after = goal({ area: 'Reading fluency', baseline: 'Reads 45 words per minute', criteria: '4 of 5 probes', target: '90 words per minute' });
    const diff = diffPartContent(IepPartKind.Goal, before, after);
    expect(diff.map((d) => d.field)).toEqual(['baseline', 'target']);
    expect(diff[1].segments).toEqual([{ kind: 'ADDED', text: '90 words per minute' }]);
  });

  it('names objectives by position and property, never by their id', () => {
    const before = goal({ objectives: [{ id: 'a', text: 'Decodes CVC words' }] });
    const after = goal({ objectives: [{ id: 'a', text: 'Decodes CVCe words' }, { id: 'b', text: 'Reads sight words' }] });
    const diff = diffPartContent(IepPartKind.Goal, before, after);
    expect(diff.map((d) => d.field)).toEqual(['objectives.0.text', 'objectives.1.text']);
    expect(diff[0].segments).toEqual([
      { kind: 'UNCHANGED', text: 'Decodes ' },
      { kind: 'REMOVED', text: 'CVC' },
      { kind: 'ADDED', text: 'CVCe' },
      { kind: 'UNCHANGED', text: ' words' },
    ]);
  });

  it('shows numbers, choices and cleared values as text', () => {
    const before = { ...emptyPartContent(IepPartKind.Service), minutes: 30, frequency: 'WEEKLY' as const };
    const after = { ...before, minutes: null, frequency: 'DAILY' as const };
    expect(diffPartContent(IepPartKind.Service, before, after)).toEqual([
      { field: 'minutes', segments: [{ kind: 'REMOVED', text: '30' }] },
      { field: 'frequency', segments: [{ kind: 'REMOVED', text: 'WEEKLY' }, { kind: 'ADDED', text: 'DAILY' }] },
    ]);
  });

  it('treats a part that did not exist as empty: only filled fields appear, all added', () => {
    const diff = diffPartContent(IepPartKind.ParentConcerns, null, { concerns: 'Reading at home', vision: '' });
    expect(diff).toEqual([{ field: 'concerns', segments: [{ kind: 'ADDED', text: 'Reading at home' }] }]);
  });

  it('finds no difference between a content and itself (property)', () => {
    const text = fc.string({ maxLength: 40 });
    const content = fc.record({ concerns: text, vision: text });
    fc.assert(fc.property(content, (c) => expect(diffPartContent(IepPartKind.ParentConcerns, c, { ...c })).toEqual([])));
  });

  it('rebuilds every field of both versions from its segments (property)', () => {
    const text = fc.array(fc.constantFrom('goal', 'baseline', '5', 'of', ' ', '\n', 'trials'), { maxLength: 12 }).map((w) => w.join(''));
    const goalContent = fc.record({ area: text, baseline: text, target: text, criteria: text });
    fc.assert(
      fc.property(goalContent, goalContent, (a, b) => {
        const before = goal(a);
        const after = goal(b);
        for (const { field, segments } of diffPartContent(IepPartKind.Goal, before, after)) {
          const key = field as keyof typeof a;
          expect(side(segments, 'ADDED')).toBe(before[key]);
          expect(side(segments, 'REMOVED')).toBe(after[key]);
          expect(before[key]).not.toBe(after[key]);
        }
      }),
    );
  });
});
