// The procedural safeguards notice (34 CFR 300.504): a copy is given to the parents once a school year, and also on
// a first referral or request for evaluation, on the first state complaint or due process complaint of the year, on
// a disciplinary change of placement, and whenever a parent asks for one.

export const SafeguardsOccasion = {
  Annual: 'ANNUAL',
  Referral: 'REFERRAL',
  ParentRequest: 'PARENT_REQUEST',
  Complaint: 'COMPLAINT',
  DisciplinaryRemoval: 'DISCIPLINARY_REMOVAL',
} as const;
export type SafeguardsOccasion = (typeof SafeguardsOccasion)[keyof typeof SafeguardsOccasion];
export const SAFEGUARDS_OCCASIONS: readonly SafeguardsOccasion[] = Object.values(SafeguardsOccasion);

export const DeliveryChannel = {
  InApp: 'IN_APP',
  Email: 'EMAIL',
  Paper: 'PAPER',
} as const;
export type DeliveryChannel = (typeof DeliveryChannel)[keyof typeof DeliveryChannel];
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = Object.values(DeliveryChannel);

/** School years run from 1 July to 30 June, as IDEA's annual reporting does. */
const SCHOOL_YEAR_STARTS = '07-01';

/** The first day of the school year a date (YYYY-MM-DD) falls in. */
export function schoolYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= SCHOOL_YEAR_STARTS ? `${year}-${SCHOOL_YEAR_STARTS}` : `${year - 1}-${SCHOOL_YEAR_STARTS}`;
}

/** The family received the notice this school year: the once-a-year copy is given. */
export function safeguardsGivenThisYear(lastDeliveredOn: string | null, today: string): boolean {
  return lastDeliveredOn !== null && lastDeliveredOn >= schoolYearStart(today) && lastDeliveredOn <= today;
}
