import { compareDates, type IsoDate } from '../deadlines/local-date';
import { lastSchoolWeeks, requiredMinutes, weeklyRequirements, weekStart, type SchoolDayTest, type ServicePlan } from './required-minutes';
import { compensatoryBalance, isUnderDelivered, tallySessions, type DeliveryTally, type SessionMinutes } from './sessions';

export interface DatedSession extends SessionMinutes {
  readonly date: IsoDate;
}

export interface SpanDelivery extends DeliveryTally {
  readonly required: number;
}

export interface WeekDelivery extends SpanDelivery {
  readonly weekStart: IsoDate;
  readonly schoolDays: number;
}

export interface DeliverySummary {
  /** From the start of the service to `asOf` (or the service's end). */
  readonly toDate: SpanDelivery;
  /** The last four weeks that held school for the service, up to `asOf`. */
  readonly lastFourWeeks: SpanDelivery;
  readonly underDelivered: boolean;
  readonly compensatoryBalance: number;
  /** Every week of the service up to `asOf`, most recent first. */
  readonly weeks: readonly WeekDelivery[];
}

const EMPTY: SpanDelivery = { required: 0, delivered: 0, excused: 0, missedBySchool: 0, madeUp: 0 };

/**
 * A service's delivery against what it requires, as of a day. A service whose IEP leaves minutes,
 * frequency or dates blank requires nothing countable; its sessions are still tallied.
 */
export function summarizeDelivery(plan: ServicePlan | null, sessions: readonly DatedSession[], isSchoolDay: SchoolDayTest, asOf: IsoDate): DeliverySummary {
  const all = tallySessions(sessions);
  const balance = compensatoryBalance(all);
  if (!plan || compareDates(asOf, plan.startDate) < 0) {
    return { toDate: { ...EMPTY, ...all }, lastFourWeeks: EMPTY, underDelivered: false, compensatoryBalance: balance, weeks: [] };
  }
  const end = compareDates(asOf, plan.endDate) > 0 ? plan.endDate : asOf;
  const byWeek = new Map<IsoDate, DatedSession[]>();
  for (const session of sessions) {
    const week = weekStart(session.date);
    byWeek.set(week, [...(byWeek.get(week) ?? []), session]);
  }
  const weeks = weeklyRequirements(plan, isSchoolDay, plan.startDate, end)
    .map((week) => ({ ...week, ...tallySessions(byWeek.get(week.weekStart) ?? []) }))
    .reverse();
  const span = lastSchoolWeeks(plan, isSchoolDay, end, 4);
  const lastFourWeeks = span
    ? {
        required: requiredMinutes(plan, isSchoolDay, span.from, span.to),
        ...tallySessions(sessions.filter((s) => compareDates(s.date, span.from) >= 0 && compareDates(s.date, span.to) <= 0)),
      }
    : EMPTY;
  return {
    toDate: { required: requiredMinutes(plan, isSchoolDay, plan.startDate, end), ...all },
    lastFourWeeks,
    underDelivered: isUnderDelivered(lastFourWeeks.required, lastFourWeeks),
    compensatoryBalance: balance,
    weeks,
  };
}
