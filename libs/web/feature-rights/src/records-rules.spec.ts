import { NOTE_LIMIT, noteTooLong } from './records-rules';

describe('the records request note', () => {
  it('takes up to the limit, counting what is left after trimming, as the API does', () => {
    expect(noteTooLong('x'.repeat(NOTE_LIMIT))).toBe(false);
    expect(noteTooLong(`  ${'x'.repeat(NOTE_LIMIT)}  `)).toBe(false);
    expect(noteTooLong('x'.repeat(NOTE_LIMIT + 1))).toBe(true);
  });
});
