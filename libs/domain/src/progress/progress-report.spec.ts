import {
  entriesMissing, isWritable, overlappingPeriod, PROGRESS_REPORT_CODE_LABELS, PROGRESS_REPORT_CODES, ProgressReportCode, ProgressReportStatus,
} from './progress-report';

describe('progress report codes', () => {
  it('are the five codes of the issue, each with an English and a Spanish label', () => {
    expect(PROGRESS_REPORT_CODES).toEqual(['GOAL_MET', 'SUFFICIENT_PROGRESS', 'INSUFFICIENT_PROGRESS', 'NOT_YET_ADDRESSED', 'DISCONTINUED']);
    for (const code of PROGRESS_REPORT_CODES) {
      const label = PROGRESS_REPORT_CODE_LABELS[code];
      expect(label.en.trim()).not.toBe('');
      expect(label.es.trim()).not.toBe('');
      expect(label.es).not.toBe(label.en);
    }
    expect(PROGRESS_REPORT_CODE_LABELS.INSUFFICIENT_PROGRESS.es).toBe('No progresa lo suficiente para alcanzar la meta');
  });
});

describe('what a report needs before it is sent', () => {
  const goals = ['g1', 'g2', 'g3', 'g4'];
  it('names every goal without a code, or with a code but no narrative, in the goals\' order', () => {
    expect(entriesMissing(goals, [
      { partId: 'g4', code: ProgressReportCode.GoalMet, narrative: 'Met in October.' },
      { partId: 'g2', code: ProgressReportCode.SufficientProgress, narrative: '   ' },
      { partId: 'g3', code: null, narrative: 'Started.' },
    ])).toEqual(['g1', 'g2', 'g3']);
  });
  it('lets "not worked on yet" stand without a narrative', () => {
    expect(entriesMissing(['g1'], [{ partId: 'g1', code: ProgressReportCode.NotYetAddressed, narrative: '' }])).toEqual([]);
  });
  it('is satisfied when every goal has a code and its words', () => {
    expect(entriesMissing(goals, goals.map((partId) => ({ partId, code: ProgressReportCode.InsufficientProgress, narrative: 'Below the aim line.' })))).toEqual([]);
  });
  it('freezes a sent report', () => {
    expect(isWritable(ProgressReportStatus.Draft)).toBe(true);
    expect(isWritable(ProgressReportStatus.Sent)).toBe(false);
  });
});

describe('reporting periods do not overlap', () => {
  const periods = [
    { id: 'q1', firstDay: '2026-08-24', lastDay: '2026-10-30' },
    { id: 'q2', firstDay: '2026-11-02', lastDay: '2027-01-22' },
  ];
  it('finds the period a new one overlaps, touching days included', () => {
    expect(overlappingPeriod({ firstDay: '2026-10-30', lastDay: '2026-11-01' }, periods)?.id).toBe('q1');
    expect(overlappingPeriod({ firstDay: '2027-01-01', lastDay: '2027-03-01' }, periods)?.id).toBe('q2');
    expect(overlappingPeriod({ firstDay: '2026-10-31', lastDay: '2026-11-01' }, periods)).toBeNull();
  });
  it('does not count a period against itself when it is edited', () => {
    expect(overlappingPeriod({ id: 'q1', firstDay: '2026-08-20', lastDay: '2026-10-31' }, periods)).toBeNull();
  });
});
