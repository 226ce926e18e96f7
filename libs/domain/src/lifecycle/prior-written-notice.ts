// Prior written notice (34 CFR 300.503): the seven elements it must contain, and when it is complete enough
// to send. The case manager's editor checks it before sending, and the API refuses the same.

/** The seven elements of 34 CFR 300.503(b), in the order the regulation lists them. */
export const PRIOR_WRITTEN_NOTICE_ELEMENTS = [
  'actionDescription', 'explanation', 'evaluationBasis', 'proceduralSafeguards', 'sourcesForAssistance', 'optionsConsidered', 'otherFactors',
] as const;
export type PriorWrittenNoticeElement = (typeof PRIOR_WRITTEN_NOTICE_ELEMENTS)[number];

export const PRIOR_WRITTEN_NOTICE_LIMITS = { elementLength: 8000 } as const;

/** Marks what the case manager must still write in the system's draft, in each language a draft is written in. */
export const TO_COMPLETE = { en: '[TO COMPLETE:', es: '[POR COMPLETAR:' } as const;

function hasPlaceholder(text: string): boolean {
  return text.includes(TO_COMPLETE.en) || text.includes(TO_COMPLETE.es);
}

export type NoticeElementProblem = { element: PriorWrittenNoticeElement; reason: 'REQUIRED' | 'TO_COMPLETE' };

/** What keeps a notice from being sent: an element left blank, or one still marked for the team to complete. */
export function noticeElementProblems(texts: Record<PriorWrittenNoticeElement, string>): NoticeElementProblem[] {
  return PRIOR_WRITTEN_NOTICE_ELEMENTS.flatMap((element): NoticeElementProblem[] => {
    if (!texts[element].trim()) return [{ element, reason: 'REQUIRED' }];
    return hasPlaceholder(texts[element]) ? [{ element, reason: 'TO_COMPLETE' }] : [];
  });
}
