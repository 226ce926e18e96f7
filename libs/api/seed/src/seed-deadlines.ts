import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@iep/api/audit';
import { DeadlinesService, DeadlineEventKind, type RecordEventInput } from '@iep/api/deadlines';
import { addDays } from '@iep/domain';
import { DEMO_DISTRICT, DEMO_STUDENTS, OTHER_DISTRICT } from './demo-district';

type Closure = { id: string; kind: 'HOLIDAY' | 'BREAK' | 'NON_SCHOOL_DAY'; name: string; firstDay: string; lastDay: string };
type DemoCalendar = { id: string; districtId: string; schoolYear: string; firstDay: string; lastDay: string; closures: Closure[] };

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const day = (n: number, kind: Closure['kind'], name: string, firstDay: string, lastDay = firstDay): Closure => ({
  id: id(n), kind, name, firstDay, lastDay,
});

/**
 * Two school years of the demo district, as a district publishes them: the last one (for the
 * service-start deadlines of the IEPs signed in it) and the current one.
 */
export const DEMO_CALENDARS: DemoCalendar[] = [
  {
    id: id(601), districtId: DEMO_DISTRICT.id, schoolYear: '2025–26', firstDay: '2025-08-27', lastDay: '2026-06-16',
    closures: [
      day(701, 'HOLIDAY', 'Labor Day', '2025-09-01'),
      day(702, 'NON_SCHOOL_DAY', 'Staff Development Day', '2025-10-10'),
      day(703, 'HOLIDAY', "Indigenous Peoples' Day", '2025-10-13'),
      day(704, 'HOLIDAY', 'Veterans Day', '2025-11-11'),
      day(705, 'BREAK', 'Thanksgiving Break', '2025-11-26', '2025-11-28'),
      day(706, 'BREAK', 'Winter Break', '2025-12-22', '2026-01-02'),
      day(707, 'HOLIDAY', 'Martin Luther King Jr. Day', '2026-01-19'),
      day(708, 'HOLIDAY', "Presidents' Day", '2026-02-16'),
      day(709, 'BREAK', 'Spring Break', '2026-03-30', '2026-04-03'),
      day(710, 'HOLIDAY', 'Memorial Day', '2026-05-25'),
    ],
  },
  {
    id: id(602), districtId: DEMO_DISTRICT.id, schoolYear: '2026–27', firstDay: '2026-08-26', lastDay: '2027-06-15',
    closures: [
      day(721, 'HOLIDAY', 'Labor Day', '2026-09-07'),
      day(722, 'NON_SCHOOL_DAY', 'Staff Development Day', '2026-10-09'),
      day(723, 'HOLIDAY', "Indigenous Peoples' Day", '2026-10-12'),
      day(724, 'HOLIDAY', 'Veterans Day', '2026-11-11'),
      day(725, 'BREAK', 'Thanksgiving Break', '2026-11-25', '2026-11-27'),
      day(726, 'BREAK', 'Winter Break', '2026-12-21', '2027-01-01'),
      day(727, 'HOLIDAY', 'Martin Luther King Jr. Day', '2027-01-18'),
      day(728, 'HOLIDAY', "Presidents' Day", '2027-02-15'),
      day(729, 'BREAK', 'Spring Break', '2027-03-29', '2027-04-02'),
      day(730, 'HOLIDAY', 'Memorial Day', '2027-05-31'),
    ],
  },
  {
    // Lakeshore's last year too, so that the January 2026 events of its IEP count on a real calendar.
    id: id(650), districtId: OTHER_DISTRICT.district.id, schoolYear: '2025–26', firstDay: '2025-09-03', lastDay: '2026-06-18',
    closures: [
      day(741, 'HOLIDAY', "Indigenous Peoples' Day", '2025-10-13'),
      day(742, 'BREAK', 'Thanksgiving Break', '2025-11-26', '2025-11-28'),
      day(743, 'BREAK', 'Winter Break', '2025-12-24', '2026-01-02'),
      day(744, 'BREAK', 'February Vacation', '2026-02-16', '2026-02-20'),
      day(745, 'HOLIDAY', "Patriots' Day", '2026-04-20'),
    ],
  },
  {
    id: id(651), districtId: OTHER_DISTRICT.district.id, schoolYear: '2026–27', firstDay: '2026-09-02', lastDay: '2027-06-17',
    closures: [
      day(751, 'HOLIDAY', 'Labor Day', '2026-09-07'),
      day(752, 'BREAK', 'Thanksgiving Break', '2026-11-25', '2026-11-27'),
      day(753, 'BREAK', 'Winter Break', '2026-12-24', '2027-01-01'),
      day(754, 'BREAK', 'February Vacation', '2027-02-15', '2027-02-19'),
      day(755, 'HOLIDAY', "Patriots' Day", '2027-04-19'),
    ],
  },
];

const iep = (n: number) => id(n);
type DemoEvent = RecordEventInput & { metOn?: string };

/**
 * The events behind the demo deadlines: meetings, signatures (the demo IEPs took effect on the day the
 * parent signed, so the start date stands in for the signature), a consent, an eligibility decision,
 * a last evaluation, and the 16th birthday of the student who needs a transition plan. Some are met,
 * one is overdue, so the dashboard and the bell have something real on them.
 */
export const DEMO_DEADLINE_EVENTS: DemoEvent[] = [
  { studentId: DEMO_STUDENTS.maya.id, iepId: iep(401), eventKind: DeadlineEventKind.IepMeeting, date: '2025-12-02' },
  { studentId: DEMO_STUDENTS.maya.id, iepId: iep(401), eventKind: DeadlineEventKind.ParentSignature, date: '2025-12-09', metOn: '2025-12-15' },
  { studentId: DEMO_STUDENTS.maya.id, iepId: iep(402), eventKind: DeadlineEventKind.Meeting, date: '2026-11-30', metOn: '2026-11-16' },
  { studentId: DEMO_STUDENTS.leo.id, iepId: iep(403), eventKind: DeadlineEventKind.Meeting, date: '2026-11-18', metOn: '2026-11-04' },
  { studentId: DEMO_STUDENTS.leo.id, eventKind: DeadlineEventKind.LastEvaluation, date: '2023-11-09' },
  { studentId: DEMO_STUDENTS.sofia.id, iepId: iep(404), eventKind: DeadlineEventKind.IepMeeting, date: '2025-03-10', metOn: '2026-03-02' },
  { studentId: DEMO_STUDENTS.sofia.id, iepId: iep(405), eventKind: DeadlineEventKind.IepMeeting, date: '2026-03-02' },
  { studentId: DEMO_STUDENTS.sofia.id, iepId: iep(405), eventKind: DeadlineEventKind.ParentSignature, date: '2026-03-09', metOn: '2026-03-16' },
  // IEP 404, adopted on 2025-03-10, was in effect on her 16th birthday and held the transition plan.
  { studentId: DEMO_STUDENTS.sofia.id, eventKind: DeadlineEventKind.DateOfBirth, date: DEMO_STUDENTS.sofia.dateOfBirth, metOn: '2025-03-10' },
  { studentId: DEMO_STUDENTS.ava.id, iepId: iep(407), eventKind: DeadlineEventKind.IepMeeting, date: '2026-02-03' },
  { studentId: DEMO_STUDENTS.ava.id, iepId: iep(407), eventKind: DeadlineEventKind.ParentSignature, date: '2026-02-10', metOn: '2026-02-17' },
  { studentId: DEMO_STUDENTS.ethan.id, eventKind: DeadlineEventKind.ConsentToEvaluate, date: '2026-09-14', metOn: '2026-10-30' },
  { studentId: DEMO_STUDENTS.ethan.id, iepId: iep(406), eventKind: DeadlineEventKind.EligibilityDetermined, date: '2026-11-02' },
  { studentId: OTHER_DISTRICT.student.id, iepId: OTHER_DISTRICT.iep.id, eventKind: DeadlineEventKind.IepMeeting, date: OTHER_DISTRICT.iep.meetingDate },
  // For the compliance dashboard: a records request answered four days late, and Leo's first IEP meeting,
  // due 30 days after his eligibility was determined and not yet recorded as held (overdue, with an IEP).
  { studentId: DEMO_STUDENTS.leo.id, eventKind: DeadlineEventKind.RecordsRequest, date: '2026-09-01', metOn: '2026-10-20' },
  { studentId: DEMO_STUDENTS.leo.id, iepId: iep(403), eventKind: DeadlineEventKind.EligibilityDetermined, date: '2026-09-15' },
];

/**
 * School calendars and the demo deadlines, computed by the same service the product uses. Idempotent:
 * calendars are keyed by fixed ids, and an event whose deadline is already on record is left alone,
 * so a restart neither rewrites nor re-audits anything.
 */
export async function seedDemoDeadlines(m: EntityManager, dataSource: DataSource): Promise<void> {
  for (const calendar of DEMO_CALENDARS) {
    await m.query(
      `INSERT INTO school_calendars (id, district_id, school_year, first_day, last_day) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [calendar.id, calendar.districtId, calendar.schoolYear, calendar.firstDay, calendar.lastDay],
    );
    await m.query(
      `INSERT INTO calendar_closures (id, calendar_id, kind, name, first_day, last_day)
       SELECT r.id, $2, r.kind, r.name, r."firstDay", r."lastDay"
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, name text, "firstDay" date, "lastDay" date)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(calendar.closures), calendar.id],
    );
  }
  const deadlines = new DeadlinesService(new AuditService(dataSource));
  for (const { metOn, ...event } of DEMO_DEADLINE_EVENTS) {
    const [recorded] = await m.query(
      `SELECT 1 FROM deadlines WHERE student_id = $1 AND iep_id IS NOT DISTINCT FROM $2::uuid AND event_kind = $3 AND event_date = $4`,
      [event.studentId, event.iepId ?? null, event.eventKind, event.date],
    );
    if (recorded) continue;
    const deadline = await deadlines.recordEvent(m, event);
    if (metOn) await deadlines.markMet(m, deadline.id, metOn);
  }
  // Whatever day the demo starts, one meeting notice falls due this week: Ava's review meeting is
  // scheduled twelve days after the first seeding. Seeding again later finds the notice and leaves it.
  const [noticed] = await m.query(`SELECT 1 FROM deadlines WHERE iep_id = $1 AND kind = 'MEETING_NOTICE'`, [iep(407)]);
  if (!noticed) {
    const today = await deadlines.today(m);
    await deadlines.recordEvent(m, {
      studentId: DEMO_STUDENTS.ava.id, iepId: iep(407), eventKind: DeadlineEventKind.Meeting, date: addDays(today, 12),
    });
  }
}
