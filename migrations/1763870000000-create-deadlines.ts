import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School calendars, computed deadlines, their reminders and the record of every reminder delivered
 * (DESIGN §4). PostgreSQL is the truth: Redis only carries the delivery work, and a unique delivery
 * key per reminder and channel is what makes a retried or duplicated job harmless.
 *
 * The state rule profile of a district is the existing `districts.state_code` (a code of
 * STATE_RULE_PROFILES in libs/domain); it is not constrained here because the list of profiles lives
 * in code and grows without a migration.
 */
export class CreateDeadlines1763870000000 implements MigrationInterface {
  name = 'CreateDeadlines1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`COMMENT ON COLUMN districts.state_code IS 'Code of the state rule profile the deadline engine applies (IDEA, MA, CA, …)'`);

    // A school calendar with no school_id is the district's; a school's own calendar for the same year
    // replaces it for that school's students. NULLS NOT DISTINCT keeps one district calendar per year.
    await q.query(`
      CREATE TABLE school_calendars (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        school_id uuid REFERENCES schools(id),
        school_year text NOT NULL CHECK (length(trim(school_year)) > 0),
        first_day date NOT NULL,
        last_day date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (last_day >= first_day),
        CONSTRAINT school_calendars_year_key UNIQUE NULLS NOT DISTINCT (district_id, school_id, school_year)
      )`);
    await q.query(`
      CREATE TABLE calendar_closures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        calendar_id uuid NOT NULL REFERENCES school_calendars(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'BREAK', 'NON_SCHOOL_DAY')),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        first_day date NOT NULL,
        last_day date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (last_day >= first_day)
      )`);
    await q.query(`CREATE INDEX calendar_closures_calendar_idx ON calendar_closures (calendar_id, first_day)`);

    // One row per deadline occurrence. The occurrence key (student, kind, IEP, event date) keeps the
    // history of met deadlines (a reevaluation every three years); the partial unique index below
    // allows only one OPEN deadline of a kind per student and IEP, so that correcting an event date
    // moves that deadline instead of adding a second one. Records requests are the exception: a
    // parent may have several requests open at once, each its own deadline.
    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        school_id uuid NOT NULL REFERENCES schools(id),
        student_id uuid NOT NULL REFERENCES students(id),
        iep_id uuid REFERENCES ieps(id),
        kind text NOT NULL CHECK (kind IN ('INITIAL_EVALUATION', 'FIRST_IEP_MEETING', 'MEETING_NOTICE', 'SERVICE_START',
          'ANNUAL_REVIEW', 'REEVALUATION', 'PROGRESS_REPORT', 'TRANSITION_PLAN', 'RECORDS_REQUEST')),
        event_kind text NOT NULL CHECK (event_kind IN ('CONSENT_TO_EVALUATE', 'ELIGIBILITY_DETERMINED', 'MEETING',
          'PARENT_SIGNATURE', 'IEP_IN_EFFECT', 'IEP_MEETING', 'LAST_EVALUATION', 'REPORTING_PERIOD', 'DATE_OF_BIRTH',
          'RECORDS_REQUEST')),
        event_date date NOT NULL,
        due_date date NOT NULL,
        explanation jsonb NOT NULL,
        responsible_user_id uuid REFERENCES users(id),
        met_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deadlines_occurrence_key UNIQUE NULLS NOT DISTINCT (student_id, kind, iep_id, event_date)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX deadlines_one_open_key ON deadlines (student_id, kind, iep_id) NULLS NOT DISTINCT
       WHERE met_on IS NULL AND kind <> 'RECORDS_REQUEST'`);
    // The dashboard and a district recompute read the open deadlines of one district by due date.
    await q.query(`CREATE INDEX deadlines_district_open_idx ON deadlines (district_id, due_date) WHERE met_on IS NULL`);
    await q.query(`CREATE INDEX deadlines_district_due_idx ON deadlines (district_id, due_date)`);
    await q.query(`CREATE INDEX deadlines_iep_idx ON deadlines (iep_id) WHERE iep_id IS NOT NULL`);

    // offset_days: calendar days before the due date (0 on the day); negative for escalations, which
    // fall after it. A reminder is delivered once: SENT is final, and a moved due date re-dates only
    // reminders that have not gone out.
    await q.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deadline_id uuid NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
        recipient_user_id uuid NOT NULL REFERENCES users(id),
        offset_days integer NOT NULL,
        due_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REMINDER', 'ESCALATION')),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'CLAIMED', 'SENT', 'CANCELLED')),
        claimed_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'ESCALATION') = (offset_days < 0)),
        CHECK (state <> 'CLAIMED' OR claimed_at IS NOT NULL),
        CHECK ((state = 'SENT') = (sent_at IS NOT NULL)),
        CONSTRAINT reminders_offset_key UNIQUE (deadline_id, recipient_user_id, offset_days)
      )`);
    // The sweep's two questions: which pending reminders are due, and which claims were abandoned.
    await q.query(`CREATE INDEX reminders_pending_due_idx ON reminders (due_on) WHERE state = 'PENDING'`);
    await q.query(`CREATE INDEX reminders_claimed_idx ON reminders (claimed_at) WHERE state = 'CLAIMED'`);
    await q.query(`CREATE INDEX reminders_recipient_idx ON reminders (recipient_user_id)`);

    // A delivery counts only once its row exists; the key is derived from the reminder and channel
    // (and checked to be), so a second attempt to deliver the same reminder inserts nothing.
    await q.query(`
      CREATE TABLE reminder_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reminder_id uuid NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL')),
        delivery_key text NOT NULL UNIQUE,
        delivered_at timestamptz NOT NULL DEFAULT now(),
        CHECK (delivery_key = 'reminder:' || reminder_id::text || ':' || channel)
      )`);
    await q.query(`CREATE INDEX reminder_deliveries_reminder_idx ON reminder_deliveries (reminder_id)`);

    // Which reminders a person also gets by e-mail: per deadline kind, or '*' for every kind; the
    // kind's own row wins. No row means yes: a missed legal deadline costs more than an extra e-mail.
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id),
        deadline_kind text NOT NULL CHECK (deadline_kind IN ('*', 'INITIAL_EVALUATION', 'FIRST_IEP_MEETING',
          'MEETING_NOTICE', 'SERVICE_START', 'ANNUAL_REVIEW', 'REEVALUATION', 'PROGRESS_REPORT', 'TRANSITION_PLAN',
          'RECORDS_REQUEST')),
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, deadline_kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notification_preferences', 'reminder_deliveries', 'reminders', 'deadlines', 'calendar_closures', 'school_calendars',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`COMMENT ON COLUMN districts.state_code IS NULL`);
  }
}
