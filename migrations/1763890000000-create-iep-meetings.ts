import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IEP meetings (34 CFR 300.322): the notice, who is asked and how they answered, who came, and the
 * written agreements that excuse a member (300.321(e)). What is cheap to check is checked here too.
 */
export class CreateIepMeetings1763890000000 implements MigrationInterface {
  name = 'CreateIepMeetings1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE iep_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        purpose text NOT NULL CHECK (purpose IN ('INITIAL_IEP', 'ANNUAL_REVIEW', 'AMENDMENT', 'REEVALUATION', 'OTHER')),
        starts_at timestamptz NOT NULL,
        time_zone text NOT NULL CHECK (length(time_zone) > 0),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        location text CHECK (length(location) <= 500),
        call_in text CHECK (length(call_in) <= 500),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'RESCHEDULE_REQUESTED', 'HELD', 'CANCELLED')),
        notice_sent_at timestamptz NOT NULL,
        notice_days integer NOT NULL CHECK (notice_days > 0),
        short_notice_agreed boolean NOT NULL DEFAULT false,
        notice_deadline_id uuid REFERENCES deadlines(id),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        held_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text CHECK (length(cancel_reason) <= 500),
        created_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- The parent must be told where to go or how to join (300.322(b)(1)(i), (c)).
        CHECK (coalesce(length(trim(location)), 0) > 0 OR coalesce(length(trim(call_in)), 0) > 0),
        CHECK ((status = 'HELD') = (held_at IS NOT NULL)),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX iep_meetings_iep_idx ON iep_meetings (iep_id, starts_at)`);

    await q.query(`
      CREATE TABLE iep_meeting_invitees (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES iep_meetings(id),
        user_id uuid NOT NULL REFERENCES users(id),
        team_role text NOT NULL,
        is_guardian boolean NOT NULL DEFAULT false,
        response text NOT NULL DEFAULT 'PENDING' CHECK (response IN ('PENDING', 'ACCEPTED', 'RESCHEDULE_REQUESTED')),
        responded_at timestamptz,
        message text CHECK (length(message) <= 500),
        proposed_times timestamptz[] NOT NULL DEFAULT '{}' CHECK (cardinality(proposed_times) <= 3),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, user_id),
        CHECK ((response = 'PENDING') = (responded_at IS NULL)),
        -- A request for another time says something: a message, a time that suits, or both.
        CHECK (response <> 'RESCHEDULE_REQUESTED' OR message IS NOT NULL OR cardinality(proposed_times) > 0),
        CHECK (response = 'RESCHEDULE_REQUESTED' OR (message IS NULL AND cardinality(proposed_times) = 0))
      )`);
    await q.query(`CREATE INDEX iep_meeting_invitees_user_idx ON iep_meeting_invitees (user_id)`);

    await q.query(`
      CREATE TABLE iep_meeting_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES iep_meetings(id),
        user_id uuid REFERENCES users(id),
        attendee_name text CHECK (length(attendee_name) <= 120),
        capacity text NOT NULL CHECK (length(trim(capacity)) > 0 AND length(capacity) <= 120),
        status text CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
        written_input_submitted boolean NOT NULL DEFAULT false,
        excusal_requested_at timestamptz,
        excusal_requested_by_id uuid REFERENCES users(id),
        excusal_reason text CHECK (length(excusal_reason) <= 500),
        parent_agreed_by_id uuid REFERENCES users(id),
        parent_agreed_at timestamptz,
        district_agreed_by_id uuid REFERENCES users(id),
        district_agreed_at timestamptz,
        recorded_by_id uuid REFERENCES users(id),
        recorded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, user_id),
        CHECK (user_id IS NOT NULL OR length(trim(attendee_name)) > 0),
        CHECK ((status IS NULL) = (recorded_at IS NULL)),
        CHECK ((excusal_requested_at IS NULL) = (excusal_requested_by_id IS NULL)),
        CHECK (excusal_requested_at IS NULL OR (user_id IS NOT NULL AND length(trim(excusal_reason)) > 0)),
        CHECK ((parent_agreed_at IS NULL) = (parent_agreed_by_id IS NULL)),
        CHECK ((district_agreed_at IS NULL) = (district_agreed_by_id IS NULL)),
        CHECK (excusal_requested_at IS NOT NULL OR (parent_agreed_at IS NULL AND district_agreed_at IS NULL)),
        -- 34 CFR 300.321(e): excused only with the parent's and the district's written agreement.
        CHECK (status IS DISTINCT FROM 'EXCUSED' OR (parent_agreed_at IS NOT NULL AND district_agreed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX iep_meeting_attendance_meeting_idx ON iep_meeting_attendance (meeting_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS iep_meeting_attendance`);
    await q.query(`DROP TABLE IF EXISTS iep_meeting_invitees`);
    await q.query(`DROP TABLE IF EXISTS iep_meetings`);
  }
}
