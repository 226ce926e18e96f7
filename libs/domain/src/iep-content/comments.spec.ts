import { COMMENT_LIMITS, commentBodyProblem, quoteTooLong } from './comments';

describe('a comment on a part', () => {
  it('says something: blank or white space is no comment', () => {
    expect(commentBodyProblem('  \n ')).toBe('REQUIRED');
    expect(commentBodyProblem('Can we add a reading goal?')).toBeNull();
  });

  it('stays within the limit, counted without the surrounding white space', () => {
    expect(commentBodyProblem(` ${'a'.repeat(COMMENT_LIMITS.bodyLength)} `)).toBeNull();
    expect(commentBodyProblem('a'.repeat(COMMENT_LIMITS.bodyLength + 1))).toBe('TOO_LONG');
  });

  it('quotes a passage within its own limit, or none', () => {
    expect(quoteTooLong(null)).toBe(false);
    expect(quoteTooLong('q'.repeat(COMMENT_LIMITS.quoteLength))).toBe(false);
    expect(quoteTooLong('q'.repeat(COMMENT_LIMITS.quoteLength + 1))).toBe(true);
  });
});
