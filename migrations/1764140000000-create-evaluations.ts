import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'iep_app';
const TABLES = ['evaluations', 'evaluation_areas', 'evaluation_reports', 'reevaluation_agreements'];

/**
 * Referral to eligibility and reevaluation (34 CFR 300.300–300.311): one row per evaluation (initial or
 * re-), its plan (an assessor per area), each evaluator's report (written, or a file kept here), and the
 * agreements that a reevaluation is not needed. Evaluation records are kept, never deleted.
 * The eligibility determination's prior written notice is a row of prior_written_notices that belongs to
 * the evaluation, since no IEP exists yet.
 */
export class CreateEvaluations1764140000000 implements MigrationInterface {
  name = 'CreateEvaluations1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        kind text NOT NULL CHECK (kind IN ('INITIAL', 'REEVALUATION')),
        referral_source text NOT NULL CHECK (referral_source IN ('SCHOOL', 'PARENT')),
        referred_on date NOT NULL,
        referral_reason text NOT NULL CHECK (length(trim(referral_reason)) BETWEEN 1 AND 4000),
        referred_by_id uuid NOT NULL REFERENCES users(id),
        -- A reevaluation within a year of the last one, agreed by the parent and the district (300.303(b)(1)).
        agreed_within_year boolean NOT NULL DEFAULT false,
        consent_on date,
        consent_method text CHECK (consent_method IN ('E_SIGNED', 'PAPER')),
        consent_recorded_by_id uuid REFERENCES users(id),
        -- The e-signature's evidence (ESIGN/UETA), as kept for signed IEPs.
        consent_typed_name text,
        consent_intent_statement text,
        consent_intent_version text,
        consent_electronic_records_consent_id uuid REFERENCES electronic_records_consents(id),
        consent_signed_at timestamptz,
        consent_ip text,
        consent_user_agent text,
        delay_reason text CHECK (delay_reason IN ('CHILD_UNAVAILABLE', 'INITIAL_SLD_EVALUATION', 'TRANSFER')),
        delay_agreed_completion_on date,
        delay_note text CHECK (length(delay_note) <= 4000),
        delay_recorded_by_id uuid REFERENCES users(id),
        determined_on date,
        eligible boolean,
        disability_category text CHECK (disability_category IN (
          'AUTISM', 'DEAF_BLINDNESS', 'DEAFNESS', 'EMOTIONAL_DISTURBANCE', 'HEARING_IMPAIRMENT', 'INTELLECTUAL_DISABILITY',
          'MULTIPLE_DISABILITIES', 'ORTHOPEDIC_IMPAIRMENT', 'OTHER_HEALTH_IMPAIRMENT', 'SPECIFIC_LEARNING_DISABILITY',
          'SPEECH_OR_LANGUAGE_IMPAIRMENT', 'TRAUMATIC_BRAIN_INJURY', 'VISUAL_IMPAIRMENT')),
        determination_summary text CHECK (length(determination_summary) <= 8000),
        determined_by_id uuid REFERENCES users(id),
        initial_iep_id uuid REFERENCES ieps(id),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((consent_on IS NULL) = (consent_method IS NULL)),
        CHECK (consent_method IS DISTINCT FROM 'E_SIGNED' OR (consent_typed_name IS NOT NULL AND consent_electronic_records_consent_id IS NOT NULL AND consent_signed_at IS NOT NULL)),
        CHECK (determined_on IS NULL OR (consent_on IS NOT NULL AND eligible IS NOT NULL AND determined_by_id IS NOT NULL)),
        CHECK ((eligible IS TRUE) = (disability_category IS NOT NULL)),
        CHECK (initial_iep_id IS NULL OR (kind = 'INITIAL' AND eligible IS TRUE))
      )`);
    // One evaluation in progress per student.
    await q.query(`CREATE UNIQUE INDEX evaluations_one_open_per_student ON evaluations (student_id) WHERE determined_on IS NULL`);
    await q.query(`CREATE INDEX evaluations_student_idx ON evaluations (student_id, created_at)`);
    await q.query(`
      CREATE TABLE evaluation_areas (
        evaluation_id uuid NOT NULL REFERENCES evaluations(id),
        area text NOT NULL CHECK (area IN ('HEALTH', 'VISION', 'HEARING', 'SOCIAL_EMOTIONAL', 'GENERAL_INTELLIGENCE',
          'ACADEMIC_PERFORMANCE', 'COMMUNICATION', 'MOTOR_ABILITIES')),
        assessor_id uuid NOT NULL REFERENCES users(id),
        position integer NOT NULL,
        PRIMARY KEY (evaluation_id, area)
      )`);
    await q.query(`CREATE INDEX evaluation_areas_assessor_idx ON evaluation_areas (assessor_id)`);
    await q.query(`
      CREATE TABLE evaluation_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluations(id),
        area text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        completed_on date NOT NULL,
        summary text NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 20000),
        file_name text CHECK (length(file_name) BETWEEN 1 AND 200),
        file_type text,
        file_size integer CHECK (file_size BETWEEN 1 AND 2097152),
        file_sha256 text,
        file_content bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (evaluation_id, area),
        FOREIGN KEY (evaluation_id, area) REFERENCES evaluation_areas(evaluation_id, area),
        CHECK ((file_name IS NULL) = (file_content IS NULL) AND (file_content IS NULL) = (file_sha256 IS NULL)
               AND (file_content IS NULL) = (file_type IS NULL) AND (file_content IS NULL) = (file_size IS NULL))
      )`);
    await q.query(`
      CREATE TABLE reevaluation_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES students(id),
        agreed_on date NOT NULL,
        parent_name text NOT NULL CHECK (length(trim(parent_name)) BETWEEN 1 AND 200),
        note text NOT NULL CHECK (length(trim(note)) BETWEEN 1 AND 4000),
        recorded_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reevaluation_agreements_student_idx ON reevaluation_agreements (student_id, agreed_on)`);

    // The eligibility determination's notice belongs to its evaluation.
    await q.query(`ALTER TABLE prior_written_notices ALTER COLUMN iep_id DROP NOT NULL`);
    await q.query(`ALTER TABLE prior_written_notices ADD COLUMN evaluation_id uuid REFERENCES evaluations(id)`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_source_check`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_check1`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_source_check
      CHECK (source IN ('SUGGESTION_REJECTED', 'IEP_DECLINED', 'ITEMS_EXCEPTED', 'ELIGIBILITY_DETERMINED'))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_check1
      CHECK ((source IN ('IEP_DECLINED', 'ITEMS_EXCEPTED')) = (decision_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_subject_check
      CHECK ((source = 'ELIGIBILITY_DETERMINED') = (evaluation_id IS NOT NULL) AND (evaluation_id IS NULL) = (iep_id IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX prior_written_notices_evaluation_key ON prior_written_notices (evaluation_id) WHERE evaluation_id IS NOT NULL`);

    await q.query(`REVOKE DELETE, TRUNCATE ON TABLE ${TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON TABLE ${TABLES.join(', ')} TO ${APP_ROLE}`);
    // The plan changes until an area has its report (the service keeps reported areas).
    await q.query(`GRANT DELETE ON TABLE evaluation_areas TO ${APP_ROLE}`);
    // A report, once given, is the evaluator's record: it is not rewritten.
    await q.query(`REVOKE UPDATE ON TABLE evaluation_reports, reevaluation_agreements FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Sent notices are frozen by a trigger; going back removes the evaluation's notices with the evaluations.
    await q.query(`ALTER TABLE prior_written_notices DISABLE TRIGGER prior_written_notices_frozen`);
    await q.query(`DELETE FROM prior_written_notices WHERE evaluation_id IS NOT NULL`);
    await q.query(`ALTER TABLE prior_written_notices ENABLE TRIGGER prior_written_notices_frozen`);
    await q.query(`DROP INDEX prior_written_notices_evaluation_key`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_subject_check`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_check1`);
    await q.query(`ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_source_check`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_check1
      CHECK ((source <> 'SUGGESTION_REJECTED') = (decision_id IS NOT NULL))`);
    await q.query(`ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_source_check
      CHECK (source IN ('SUGGESTION_REJECTED', 'IEP_DECLINED', 'ITEMS_EXCEPTED'))`);
    await q.query(`ALTER TABLE prior_written_notices DROP COLUMN evaluation_id`);
    await q.query(`ALTER TABLE prior_written_notices ALTER COLUMN iep_id SET NOT NULL`);
    await q.query(`DROP TABLE reevaluation_agreements`);
    await q.query(`DROP TABLE evaluation_reports`);
    await q.query(`DROP TABLE evaluation_areas`);
    await q.query(`DROP TABLE evaluations`);
  }
}
