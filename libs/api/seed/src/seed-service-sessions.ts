import type { EntityManager } from 'typeorm';
import { DEMO_DISTRICT, DEMO_STUDENTS, DEMO_USERS } from './demo-district';
import { demoPartId } from './seed-drafting';

const MAYA_ACTIVE = '00000000-0000-4000-8000-000000000401';
/** Maya's speech-language therapy (30 minutes weekly), provided by the SLP. */
export const DEMO_SPEECH_SERVICE_ID = demoPartId(MAYA_ACTIVE, 201);
const sessionId = (n: number) => `00000000-0000-4000-8000-0003${String(n).padStart(8, '0')}`;

/**
 * November of Maya's speech service: one session delivered, one the SLP missed (30 compensatory minutes
 * owed), one cut short, and one the student missed. Over the last four school weeks of the service that
 * is under 90% of the minutes the school answers for: the district dashboard's example.
 */
export const DEMO_SERVICE_SESSIONS = [
  { id: sessionId(1), date: '2026-11-02', minutes: 30, status: 'DELIVERED', groupSize: 3 },
  { id: sessionId(2), date: '2026-11-09', minutes: 30, status: 'PROVIDER_ABSENT', groupSize: 3 },
  { id: sessionId(3), date: '2026-11-16', minutes: 20, status: 'DELIVERED', groupSize: 3 },
  { id: sessionId(4), date: '2026-11-30', minutes: 30, status: 'STUDENT_ABSENT', groupSize: 3 },
] as const;

export async function seedDemoServiceSessions(m: EntityManager): Promise<void> {
  await m.query(
    `WITH x AS (
       INSERT INTO service_sessions (id, service_id, iep_id, student_id, school_id, district_id, session_date, minutes, group_size, location,
                                     goal_ids, status, provider_id, idempotency_key, updated_by_id)
       SELECT r.id, $2, $3, $4, $5, $6, r.date, r.minutes, r."groupSize", 'Speech room', ARRAY[$8::uuid], r.status, $7, 'seed-' || r.id, $7
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, date date, minutes int, status text, "groupSize" int)
       ON CONFLICT (id) DO NOTHING RETURNING *)
     INSERT INTO service_session_revisions (session_id, version, content, change, author_id)
     SELECT x.id, 1, jsonb_build_object('date', to_char(x.session_date, 'YYYY-MM-DD'), 'minutes', x.minutes, 'groupSize', x.group_size,
            'location', x.location, 'goalIds', to_jsonb(x.goal_ids), 'status', x.status, 'note', x.note), 'RECORDED', $7 FROM x`,
    [
      JSON.stringify(DEMO_SERVICE_SESSIONS), DEMO_SPEECH_SERVICE_ID, MAYA_ACTIVE, DEMO_STUDENTS.maya.id, DEMO_STUDENTS.maya.schoolId, DEMO_DISTRICT.id,
      DEMO_USERS.slp.id, demoPartId(MAYA_ACTIVE, 101),
    ],
  );
}
