import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-off (DESIGN §3): the frozen versions the parent is asked to sign, their decisions and
 * signatures (ESIGN/UETA: consent to electronic records first, intent, attribution, the digest of the
 * exact version signed), and the prior written notices (34 CFR 300.503) the district sends when it
 * refuses what the parent asked for.
 *
 * What the law treats as the record is made immutable here rather than trusted to the API: versions,
 * decisions and signatures refuse UPDATE and DELETE; a sent notice refuses both; the parts of an IEP
 * that is not a DRAFT refuse changes. The error code 55000 (object_not_in_prerequisite_state) and a
 * message starting "IEP_FROZEN" let the API answer with a CONFLICT rather than a server error.
 */
export class CreateIepSignoff1763895000000 implements MigrationInterface {
  name = 'CreateIepSignoff1763895000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ieps ADD COLUMN superseded_by_iep_id uuid REFERENCES ieps(id)`);

    await q.query(`
      CREATE FUNCTION iep_frozen_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'IEP_FROZEN: % rows cannot be changed or deleted', TG_TABLE_NAME
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END $$`);

    await q.query(`
      CREATE TABLE iep_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        number integer NOT NULL CHECK (number >= 1),
        content jsonb NOT NULL,
        digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
        proposed_on date NOT NULL DEFAULT current_date,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        frozen_by_id uuid REFERENCES users(id),
        acknowledged_warnings text[] NOT NULL DEFAULT '{}',
        UNIQUE (iep_id, number)
      )`);

    await q.query(`
      CREATE TABLE electronic_records_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        disclosure_version text NOT NULL CHECK (length(disclosure_version) BETWEEN 1 AND 40),
        locale text NOT NULL CHECK (locale IN ('en', 'es')),
        disclosure_text text NOT NULL,
        agreed_at timestamptz NOT NULL DEFAULT now(),
        ip text,
        user_agent text,
        withdrawn_at timestamptz,
        withdrawn_ip text,
        withdrawn_user_agent text
      )`);
    await q.query(`CREATE UNIQUE INDEX electronic_records_consents_current_key ON electronic_records_consents (user_id) WHERE withdrawn_at IS NULL`);
    // The agreement itself is evidence: only its withdrawal may be added, once.
    await q.query(`
      CREATE FUNCTION electronic_records_consents_withdraw_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.withdrawn_at IS NULL AND NEW.withdrawn_at IS NOT NULL
           AND (NEW.id, NEW.user_id, NEW.disclosure_version, NEW.locale, NEW.disclosure_text, NEW.agreed_at, NEW.ip, NEW.user_agent)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.user_id, OLD.disclosure_version, OLD.locale, OLD.disclosure_text, OLD.agreed_at, OLD.ip, OLD.user_agent) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'IEP_FROZEN: a consent to electronic records can only be withdrawn'
          USING ERRCODE = 'object_not_in_prerequisite_state';
      END $$`);
    await q.query(`
      CREATE TRIGGER electronic_records_consents_frozen BEFORE UPDATE OR DELETE ON electronic_records_consents
      FOR EACH ROW EXECUTE FUNCTION electronic_records_consents_withdraw_only()`);

    await q.query(`
      CREATE TABLE iep_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        purpose text NOT NULL CHECK (purpose IN ('PARENT_DECISION', 'ATTENDANCE')),
        version_number integer,
        digest text CHECK (digest ~ '^[0-9a-f]{64}$'),
        meeting_id uuid REFERENCES iep_meetings(id),
        signer_id uuid NOT NULL REFERENCES users(id),
        signer_role user_role NOT NULL,
        typed_name text NOT NULL CHECK (length(trim(typed_name)) > 0 AND length(typed_name) <= 200),
        intent_statement text NOT NULL CHECK (length(trim(intent_statement)) > 0),
        intent_version text NOT NULL,
        electronic_records_consent_id uuid NOT NULL REFERENCES electronic_records_consents(id),
        signed_at timestamptz NOT NULL DEFAULT now(),
        ip text,
        user_agent text,
        FOREIGN KEY (iep_id, version_number) REFERENCES iep_versions (iep_id, number),
        CHECK ((version_number IS NULL) = (digest IS NULL)),
        CHECK (purpose <> 'PARENT_DECISION' OR version_number IS NOT NULL),
        CHECK ((purpose = 'ATTENDANCE') = (meeting_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX iep_signatures_iep_idx ON iep_signatures (iep_id, signed_at)`);
    await q.query(`CREATE UNIQUE INDEX iep_signatures_attendance_key ON iep_signatures (meeting_id, signer_id) WHERE purpose = 'ATTENDANCE'`);

    await q.query(`
      CREATE TABLE iep_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        version_number integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REVIEWED', 'CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'DECLINE', 'WITHDRAWN', 'TOOK_EFFECT_AFTER_NOTICE')),
        decided_by_id uuid REFERENCES users(id),
        decided_by_role user_role,
        decided_at timestamptz NOT NULL DEFAULT now(),
        signed_on date,
        effective_on date,
        reasons text[] NOT NULL DEFAULT '{}',
        excepted_part_ids uuid[] NOT NULL DEFAULT '{}',
        amendment_iep_id uuid REFERENCES ieps(id),
        signature_id uuid REFERENCES iep_signatures(id),
        FOREIGN KEY (iep_id, version_number) REFERENCES iep_versions (iep_id, number),
        CHECK (kind <> 'DECLINE' OR cardinality(reasons) > 0),
        CHECK ((kind = 'CONSENT_WITH_EXCEPTIONS') = (cardinality(excepted_part_ids) > 0)),
        -- A parent's decision is signed; taking effect after notice is the system's, and signed by nobody.
        CHECK ((kind IN ('CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'DECLINE')) = (signature_id IS NOT NULL)),
        CHECK ((kind IN ('CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'TOOK_EFFECT_AFTER_NOTICE')) = (effective_on IS NOT NULL)),
        CHECK ((kind = 'TOOK_EFFECT_AFTER_NOTICE') = (decided_by_id IS NULL))
      )`);
    await q.query(`CREATE INDEX iep_decisions_iep_idx ON iep_decisions (iep_id, decided_at)`);

    for (const table of ['iep_versions', 'iep_signatures', 'iep_decisions']) {
      await q.query(`
        CREATE TRIGGER ${table}_frozen BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION iep_frozen_record()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION iep_frozen_record()`);
    }

    await q.query(`
      CREATE TABLE prior_written_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        source text NOT NULL CHECK (source IN ('SUGGESTION_REJECTED', 'IEP_DECLINED', 'ITEMS_EXCEPTED')),
        action text NOT NULL CHECK (action IN ('PROPOSE', 'REFUSE')),
        suggestion_id uuid REFERENCES iep_suggestions(id),
        decision_id uuid REFERENCES iep_decisions(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es')),
        -- The seven elements of 34 CFR 300.503(b); NULL until someone edits them: the API drafts them
        -- from the decision or the rejected suggestion.
        action_description text CHECK (length(action_description) <= 8000),
        explanation text CHECK (length(explanation) <= 8000),
        evaluation_basis text CHECK (length(evaluation_basis) <= 8000),
        procedural_safeguards text CHECK (length(procedural_safeguards) <= 8000),
        sources_for_assistance text CHECK (length(sources_for_assistance) <= 8000),
        options_considered text CHECK (length(options_considered) <= 8000),
        other_factors text CHECK (length(other_factors) <= 8000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id),
        sent_at timestamptz,
        sent_by_id uuid REFERENCES users(id),
        CHECK ((source = 'SUGGESTION_REJECTED') = (suggestion_id IS NOT NULL)),
        CHECK ((source <> 'SUGGESTION_REJECTED') = (decision_id IS NOT NULL)),
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL AND sent_by_id IS NOT NULL)),
        CHECK (status <> 'SENT' OR (
          length(trim(action_description)) > 0 AND length(trim(explanation)) > 0 AND length(trim(evaluation_basis)) > 0
          AND length(trim(procedural_safeguards)) > 0 AND length(trim(sources_for_assistance)) > 0
          AND length(trim(options_considered)) > 0 AND length(trim(other_factors)) > 0))
      )`);
    await q.query(`CREATE UNIQUE INDEX prior_written_notices_suggestion_key ON prior_written_notices (suggestion_id) WHERE suggestion_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX prior_written_notices_decision_key ON prior_written_notices (decision_id) WHERE decision_id IS NOT NULL`);
    await q.query(`CREATE INDEX prior_written_notices_iep_idx ON prior_written_notices (iep_id, created_at)`);
    await q.query(`
      CREATE FUNCTION prior_written_notices_frozen_once_sent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'SENT' THEN
          RAISE EXCEPTION 'IEP_FROZEN: a sent prior written notice cannot be changed or deleted'
            USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER prior_written_notices_frozen BEFORE UPDATE OR DELETE ON prior_written_notices
      FOR EACH ROW EXECUTE FUNCTION prior_written_notices_frozen_once_sent()`);

    // A rejected suggestion is a refusal of what the family asked for: its notice is drafted in the same
    // transaction as the rejection, whichever code path rejected it.
    await q.query(`
      CREATE FUNCTION iep_suggestions_draft_prior_written_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'REJECTED' AND OLD.status IS DISTINCT FROM 'REJECTED' THEN
          INSERT INTO prior_written_notices (iep_id, source, action, suggestion_id, locale)
          VALUES (NEW.iep_id, 'SUGGESTION_REJECTED', 'REFUSE', NEW.id, coalesce((
            SELECT u.locale FROM ieps i JOIN guardianships g ON g.student_id = i.student_id JOIN users u ON u.id = g.user_id
             WHERE i.id = NEW.iep_id ORDER BY (u.id = NEW.proposer_id) DESC, g.rights_holder DESC, g.created_at LIMIT 1), 'en'))
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER iep_suggestions_prior_written_notice AFTER UPDATE OF status ON iep_suggestions
      FOR EACH ROW EXECUTE FUNCTION iep_suggestions_draft_prior_written_notice()`);

    // The parts of a proposed, active or past IEP are what its frozen version was made from. KEY SHARE
    // on the IEP waits for a finalize in progress (which holds FOR UPDATE), so no edit slips in between
    // reading the parts and freezing them, and does not block saves that merely touch the IEP row.
    await q.query(`
      CREATE FUNCTION iep_parts_only_while_draft() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        current_status iep_status;
      BEGIN
        FOREACH target IN ARRAY CASE TG_OP
            WHEN 'INSERT' THEN ARRAY[NEW.iep_id]
            WHEN 'DELETE' THEN ARRAY[OLD.iep_id]
            ELSE ARRAY[OLD.iep_id, NEW.iep_id] END LOOP
          SELECT status INTO current_status FROM ieps WHERE id = target FOR KEY SHARE;
          IF current_status IS DISTINCT FROM 'DRAFT' THEN
            -- Records loaded from before the product (never frozen here) may still get their parts.
            IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM iep_versions v WHERE v.iep_id = target) THEN
              CONTINUE;
            END IF;
            -- A re-run of an idempotent seed inserts rows that already exist; ON CONFLICT skips them.
            IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM iep_parts p WHERE p.id = NEW.id) THEN
              CONTINUE;
            END IF;
            RAISE EXCEPTION 'IEP_FROZEN: the parts of a % IEP cannot be changed', current_status
              USING ERRCODE = 'object_not_in_prerequisite_state';
          END IF;
        END LOOP;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER iep_parts_only_while_draft BEFORE INSERT OR UPDATE OR DELETE ON iep_parts
      FOR EACH ROW EXECUTE FUNCTION iep_parts_only_while_draft()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER iep_parts_only_while_draft ON iep_parts`);
    await q.query(`DROP FUNCTION iep_parts_only_while_draft()`);
    await q.query(`DROP TRIGGER iep_suggestions_prior_written_notice ON iep_suggestions`);
    await q.query(`DROP FUNCTION iep_suggestions_draft_prior_written_notice()`);
    await q.query(`DROP TABLE prior_written_notices`);
    await q.query(`DROP FUNCTION prior_written_notices_frozen_once_sent()`);
    await q.query(`DROP TABLE iep_decisions`);
    await q.query(`DROP TABLE iep_signatures`);
    await q.query(`DROP TABLE electronic_records_consents`);
    await q.query(`DROP FUNCTION electronic_records_consents_withdraw_only()`);
    await q.query(`DROP TABLE iep_versions`);
    await q.query(`DROP FUNCTION iep_frozen_record()`);
    await q.query(`ALTER TABLE ieps DROP COLUMN superseded_by_iep_id`);
  }
}
