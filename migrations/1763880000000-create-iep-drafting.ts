import type { MigrationInterface, QueryRunner } from 'typeorm';

const PART_KINDS = `'PARENT_CONCERNS', 'STUDENT_VISION', 'PRESENT_LEVELS', 'GOAL', 'SERVICE', 'ACCOMMODATIONS',
  'ASSESSMENT_PARTICIPATION', 'PLACEMENT', 'TRANSPORTATION', 'EXTENDED_SCHOOL_YEAR', 'TRANSITION_PLAN'`;

/**
 * Co-drafting (DESIGN §3): the parts of an IEP with their revision history, comment threads, parent and
 * guest suggestions, and what each reader last saw.
 *
 * A part's current content lives on iep_parts with its version; every save writes the next row of
 * iep_part_revisions in the same transaction, and saves are `UPDATE … WHERE version = $n`, so two
 * editors can never overwrite each other silently. Revisions are append-only, like the audit log.
 */
export class CreateIepDrafting1763880000000 implements MigrationInterface {
  name = 'CreateIepDrafting1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ieps ADD COLUMN derived_from_iep_id uuid REFERENCES ieps(id)`);
    await q.query(`COMMENT ON COLUMN ieps.derived_from_iep_id IS 'The active IEP an annual review or amendment was copied from'`);

    await q.query(`
      CREATE TABLE iep_parts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        kind text NOT NULL CHECK (kind IN (${PART_KINDS})),
        position integer NOT NULL DEFAULT 0,
        content jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        copied_from_part_id uuid REFERENCES iep_parts(id),
        unchanged_since_copy boolean NOT NULL DEFAULT false,
        created_by_id uuid REFERENCES users(id),
        updated_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by_id uuid REFERENCES users(id)
      )`);
    // One of each singleton part per IEP; goals and services repeat.
    await q.query(`CREATE UNIQUE INDEX iep_parts_singleton_key ON iep_parts (iep_id, kind) WHERE kind NOT IN ('GOAL', 'SERVICE')`);
    await q.query(`CREATE INDEX iep_parts_iep_idx ON iep_parts (iep_id, kind, position)`);

    await q.query(`
      CREATE TABLE iep_part_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        part_id uuid NOT NULL REFERENCES iep_parts(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        version integer NOT NULL,
        content jsonb NOT NULL,
        change text NOT NULL CHECK (change IN ('CREATED', 'COPIED', 'EDITED', 'SUGGESTION_ACCEPTED', 'REMOVED', 'RESTORED')),
        author_id uuid REFERENCES users(id),
        suggestion_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (part_id, version)
      )`);
    await q.query(`CREATE INDEX iep_part_revisions_iep_idx ON iep_part_revisions (iep_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION iep_part_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'iep_part_revisions is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER iep_part_revisions_no_update_or_delete
      BEFORE UPDATE OR DELETE ON iep_part_revisions
      FOR EACH ROW EXECUTE FUNCTION iep_part_revisions_append_only()`);
    await q.query(`
      CREATE TRIGGER iep_part_revisions_no_truncate
      BEFORE TRUNCATE ON iep_part_revisions
      FOR EACH STATEMENT EXECUTE FUNCTION iep_part_revisions_append_only()`);

    await q.query(`
      CREATE TABLE iep_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        part_id uuid REFERENCES iep_parts(id),
        part_kind text NOT NULL CHECK (part_kind IN (${PART_KINDS})),
        base_version integer,
        proposed_content jsonb NOT NULL,
        rationale text NOT NULL DEFAULT '' CHECK (length(rationale) <= 4000),
        proposer_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
        decided_by_id uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text CHECK (length(decision_reason) <= 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A suggestion against an existing part names the version it was written against;
        -- one with no part proposes a new goal or service.
        CHECK ((part_id IS NULL) = (base_version IS NULL)),
        CHECK (part_id IS NOT NULL OR part_kind IN ('GOAL', 'SERVICE')),
        CHECK ((status IN ('PENDING', 'WITHDRAWN')) = (decided_by_id IS NULL)),
        CHECK (status <> 'REJECTED' OR length(trim(decision_reason)) > 0)
      )`);
    await q.query(`CREATE INDEX iep_suggestions_iep_idx ON iep_suggestions (iep_id, created_at)`);
    await q.query(`
      ALTER TABLE iep_part_revisions ADD CONSTRAINT iep_part_revisions_suggestion_fkey
      FOREIGN KEY (suggestion_id) REFERENCES iep_suggestions(id)`);

    await q.query(`
      CREATE TABLE iep_comment_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        part_id uuid REFERENCES iep_parts(id),
        quote text CHECK (length(quote) <= 2000),
        created_by_id uuid NOT NULL REFERENCES users(id),
        assignee_id uuid REFERENCES users(id),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((resolved_at IS NULL) = (resolved_by_id IS NULL))
      )`);
    await q.query(`CREATE INDEX iep_comment_threads_iep_idx ON iep_comment_threads (iep_id, created_at)`);
    await q.query(`
      CREATE TABLE iep_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES iep_comment_threads(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 10000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX iep_comments_thread_idx ON iep_comments (thread_id, created_at)`);
    await q.query(`CREATE INDEX iep_comments_iep_idx ON iep_comments (iep_id, created_at)`);
    await q.query(`
      CREATE TABLE iep_comment_mentions (
        comment_id uuid NOT NULL REFERENCES iep_comments(id),
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (comment_id, user_id)
      )`);

    // "What changed since I last looked": the newest revision a reader had seen when they last opened the IEP.
    await q.query(`
      CREATE TABLE iep_views (
        user_id uuid NOT NULL REFERENCES users(id),
        iep_id uuid NOT NULL REFERENCES ieps(id),
        seen_revision_id bigint NOT NULL DEFAULT 0,
        last_viewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, iep_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE iep_views`);
    await q.query(`DROP TABLE iep_comment_mentions`);
    await q.query(`DROP TABLE iep_comments`);
    await q.query(`DROP TABLE iep_comment_threads`);
    await q.query(`ALTER TABLE iep_part_revisions DROP CONSTRAINT iep_part_revisions_suggestion_fkey`);
    await q.query(`DROP TABLE iep_suggestions`);
    await q.query(`DROP TABLE iep_part_revisions`);
    await q.query(`DROP FUNCTION iep_part_revisions_append_only()`);
    await q.query(`DROP TABLE iep_parts`);
    await q.query(`ALTER TABLE ieps DROP COLUMN derived_from_iep_id`);
  }
}
