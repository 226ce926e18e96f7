// Comments on a part of a draft IEP: what a comment and its quoted passage must be. The comment forms check
// them as the API does.

export const COMMENT_LIMITS = { bodyLength: 10_000, quoteLength: 2_000, mentions: 20 } as const;

/** A comment says something, within the limit; it is counted without its surrounding white space. */
export function commentBodyProblem(body: string): 'REQUIRED' | 'TOO_LONG' | null {
  const text = body.trim();
  if (!text) return 'REQUIRED';
  return text.length > COMMENT_LIMITS.bodyLength ? 'TOO_LONG' : null;
}

/** A quoted passage is optional, and a short one: a comment is about a passage, not a copy of the part. */
export function quoteTooLong(quote: string | null | undefined): boolean {
  return (quote?.trim().length ?? 0) > COMMENT_LIMITS.quoteLength;
}
