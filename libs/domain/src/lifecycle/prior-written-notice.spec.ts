import { noticeElementProblems, PRIOR_WRITTEN_NOTICE_ELEMENTS, type PriorWrittenNoticeElement } from './prior-written-notice';

const complete = Object.fromEntries(PRIOR_WRITTEN_NOTICE_ELEMENTS.map((element) => [element, `The ${element}.`])) as Record<PriorWrittenNoticeElement, string>;

describe('a prior written notice ready to send (34 CFR 300.503)', () => {
  it('is complete when every element is written', () => {
    expect(noticeElementProblems(complete)).toEqual([]);
  });

  it('names each blank element and each still marked to complete, in either language, in the regulation order', () => {
    expect(
      noticeElementProblems({
        ...complete,
        otherFactors: '[TO COMPLETE: other factors]',
        explanation: '  ',
        evaluationBasis: 'Basado en [POR COMPLETAR: evaluaciones]',
      }),
    ).toEqual([
      { element: 'explanation', reason: 'REQUIRED' },
      { element: 'evaluationBasis', reason: 'TO_COMPLETE' },
      { element: 'otherFactors', reason: 'TO_COMPLETE' },
    ]);
  });
});
