import { computeDeadline, getStateRuleProfile, type IsoDate } from '@iep/domain';

/**
 * When a seeded IEP that took effect is due for its annual review: from the meeting that adopted it, by the
 * district profile's own rule ("within 12 months" or "by the anniversary"), as the deadline engine dates it.
 * An IEP that never took effect (no start date) has none.
 */
export function seededAnnualReviewDue(iep: { meetingDate: string | null; startDate: string | null }, stateCode: string): IsoDate | null {
  if (iep.startDate === null || iep.meetingDate === null) return null;
  return computeDeadline('ANNUAL_REVIEW', { date: iep.meetingDate }, null, getStateRuleProfile(stateCode)).dueDate;
}
