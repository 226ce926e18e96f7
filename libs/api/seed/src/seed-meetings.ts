import type { EntityManager } from 'typeorm';
import { DEFAULT_DISTRICT_TIME_ZONE } from '@iep/domain';
import { DEMO_USERS } from './demo-district';

/**
 * One scheduled meeting: the annual review of Maya's draft on the day its notice deadline (seeded with
 * the other deadlines) runs from, sent on time, with the whole team invited and nobody answered yet.
 */
export const DEMO_MEETING = {
  id: '00000000-0000-4000-8000-000000000901',
  iepId: '00000000-0000-4000-8000-000000000402',
  purpose: 'ANNUAL_REVIEW',
  startsAt: '2026-11-30T20:30:00Z',
  durationMinutes: 60,
  location: 'Maple Grove Elementary School, conference room B',
  callIn: null,
  noticeSentAt: '2026-11-16T14:00:00Z',
  meetingDate: '2026-11-30',
  invitees: [
    { userId: DEMO_USERS.parent.id, teamRole: 'Parent', isGuardian: true },
    { userId: DEMO_USERS.caseManager.id, teamRole: 'Case manager', isGuardian: false },
    { userId: DEMO_USERS.teacher.id, teamRole: 'General education teacher', isGuardian: false },
    { userId: DEMO_USERS.slp.id, teamRole: 'Speech-language pathologist', isGuardian: false },
    { userId: DEMO_USERS.districtRep.id, teamRole: 'District representative', isGuardian: false },
    { userId: DEMO_USERS.guest.id, teamRole: 'Parent advocate', isGuardian: false },
  ],
} as const;

/** Idempotent: the meeting and its invitations are keyed by fixed ids and left alone when present. */
export async function seedDemoMeetings(m: EntityManager): Promise<void> {
  const d = DEMO_MEETING;
  await m.query(
    `INSERT INTO iep_meetings (id, iep_id, purpose, starts_at, time_zone, duration_minutes, location, call_in, notice_sent_at, notice_days,
                               notice_deadline_id, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 10,
             (SELECT id FROM deadlines WHERE iep_id = $2 AND kind = 'MEETING_NOTICE' AND event_date = $10::date), $11)
     ON CONFLICT (id) DO NOTHING`,
    [d.id, d.iepId, d.purpose, d.startsAt, DEFAULT_DISTRICT_TIME_ZONE, d.durationMinutes, d.location, d.callIn, d.noticeSentAt, d.meetingDate,
      DEMO_USERS.caseManager.id],
  );
  await m.query(
    `INSERT INTO iep_meeting_invitees (meeting_id, user_id, team_role, is_guardian)
     SELECT $1, r."userId", r."teamRole", r."isGuardian" FROM jsonb_to_recordset($2::jsonb) AS r("userId" uuid, "teamRole" text, "isGuardian" boolean)
     ON CONFLICT (meeting_id, user_id) DO NOTHING`,
    [d.id, JSON.stringify(d.invitees)],
  );
}
